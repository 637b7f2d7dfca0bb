package org.sitrep.server;

import io.javalin.http.Context;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The reply form of a page as its reader typed it: the values, kept to be shown again, and one
 * sentence per field that must change before the reply can be stored.
 *
 * @param name     the name field
 * @param email    the email field
 * @param website  the website field
 * @param comment  the comment as typed
 * @param parentId the id of the reply it answers, or null
 * @param errors   field name → what is wrong with it; empty when the form may be stored
 */
record ReplyForm(String name, String email, String website, String comment, Long parentId, Map<String, String> errors) {
    static final int MAX_NAME = 100;
    static final int MAX_COMMENT = 5000;
    static final int MAX_LINKS = 3;
    static final int MAX_EMAIL = 254;
    static final int MAX_WEBSITE = 2048;

    /** Deliberately loose: one @, no spaces, a dot in the domain; the address is never mailed to. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"',;]+@[^@\\s<>\"',;]+\\.[^@\\s<>\"',;.]+");

    ReplyForm {
        errors = Map.copyOf(errors);
    }

    /** An empty form, answering the reply {@code parentId} when it is not null. */
    static ReplyForm blank(Long parentId) {
        return new ReplyForm("", "", "", "", parentId, Map.of());
    }

    /** The form as posted; not yet checked. */
    static ReplyForm posted(Context ctx) {
        return new ReplyForm(param(ctx, "name"), param(ctx, "email"), param(ctx, "website"), param(ctx, "comment"),
                id(ctx.formParam("parent_id")), Map.of());
    }

    /** Returns {@code value} as a reply id, or null when it is empty or not a number. */
    static Long id(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Returns this form with an error for each field that cannot be stored as it is.
     *
     * @param comment   the comment as {@link ReplyText} made it safe
     * @param threadIds the replies shown on the page, which alone may be answered
     */
    ReplyForm checked(ReplyText.Safe comment, Set<Long> threadIds) {
        Map<String, String> found = new LinkedHashMap<>();
        int nameLength = name.strip().codePointCount(0, name.strip().length());
        if (nameLength == 0) found.put("name", "Enter your name.");
        else if (nameLength > MAX_NAME) found.put("name", "A name may have at most " + MAX_NAME + " characters; this one has " + nameLength + ".");
        String mail = email.strip();
        if (mail.isEmpty()) found.put("email", "Enter your email address; it will not be published.");
        else if (mail.length() > MAX_EMAIL || !EMAIL.matcher(mail).matches()) found.put("email", "Enter a valid email address, such as name@example.org.");
        if (!website.isBlank() && !isWebAddress(website.strip())) {
            found.put("website", "A website must be an address starting with http:// or https://, or left empty.");
        }
        int commentLength = this.comment.strip().codePointCount(0, this.comment.strip().length());
        if (commentLength == 0) found.put("comment", "Enter a comment.");
        else if (commentLength > MAX_COMMENT) found.put("comment", "A comment may have at most " + MAX_COMMENT + " characters; this one has " + commentLength + ".");
        else if (comment.links() > MAX_LINKS) found.put("comment", "A comment may hold at most " + MAX_LINKS + " links; this one has " + comment.links() + ".");
        else if (comment.isEmpty()) found.put("comment", "The comment has no text left once its markup is removed; only em, strong, code, blockquote and links are kept.");
        if (parentId != null && !threadIds.contains(parentId)) {
            found.put("parent_id", "The reply you are answering is not on this page any more; your reply can go under the article instead.");
        }
        return new ReplyForm(name, email, website, this.comment, found.containsKey("parent_id") ? null : parentId, found);
    }

    /** Returns the stripped website, or null when none was given. */
    String websiteOrNull() {
        return website.isBlank() ? null : website.strip();
    }

    private static boolean isWebAddress(String url) {
        if (url.length() > MAX_WEBSITE) return false;
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String param(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
