package org.sitrep.server;

import org.sitrep.store.Reply;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reply thread under an event or article page, nested by the reply each one answers, and the
 * "Leave a Reply" form below it. Names and websites are escaped by {@link Html}; comments were made
 * safe by {@link ReplyText} before they were stored. Nothing here can show an email: a
 * {@link Reply} holds none.
 */
final class ReplySection {
    /** Deeper answers are shown at this depth, in order, so a long exchange stays readable. */
    static final int MAX_DEPTH = 5;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private ReplySection() {
    }

    /**
     * Returns the thread and the form of the page at {@code pagePath}.
     *
     * @param thread the approved replies, each after the one it answers
     * @param form   the form's values and errors
     * @param csrf   the form's token
     * @param held   whether to say that the reader's reply waits for moderation
     */
    static String html(String pagePath, List<Reply> thread, ReplyForm form, String csrf, boolean held) {
        StringBuilder b = new StringBuilder(2048 + 512 * thread.size());
        b.append("<section id=\"replies\">\n<h2>Replies</h2>\n");
        if (thread.isEmpty()) {
            b.append("<p class=\"no-replies\">No replies yet.</p>\n");
        } else {
            Map<Long, Reply> byId = new LinkedHashMap<>();
            for (Reply r : thread) byId.put(r.id(), r);
            Map<Long, List<Reply>> answers = new HashMap<>();
            List<Reply> top = new ArrayList<>();
            for (Reply r : thread) {
                // A reply whose parent is not shown (held or deleted) stands on its own.
                if (r.parentId() != null && byId.containsKey(r.parentId())) {
                    answers.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
                } else {
                    top.add(r);
                }
            }
            list(b, pagePath, top, answers, 1);
        }
        b.append("</section>\n");
        form(b, pagePath, byIdOrNull(thread, form.parentId()), form, csrf, held);
        return b.toString();
    }

    private static Reply byIdOrNull(List<Reply> thread, Long id) {
        if (id == null) return null;
        for (Reply r : thread) if (r.id() == id) return r;
        return null;
    }

    private static void list(StringBuilder b, String pagePath, List<Reply> replies, Map<Long, List<Reply>> answers, int depth) {
        b.append("<ol class=\"replies depth-").append(depth).append("\">\n");
        for (Reply r : replies) {
            b.append("<li class=\"reply\" id=\"reply-").append(r.id()).append("\" data-reply-id=\"").append(r.id())
                    .append("\">\n");
            reply(b, pagePath, r);
            List<Reply> under = answers.getOrDefault(r.id(), List.of());
            if (!under.isEmpty()) {
                if (depth < MAX_DEPTH) {
                    list(b, pagePath, under, answers, depth + 1);
                } else {
                    List<Reply> flat = new ArrayList<>();
                    descendants(r.id(), answers, flat);
                    flat.sort((x, y) -> Long.compare(x.id(), y.id()));
                    list(b, pagePath, flat, Map.of(), depth);
                }
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n");
    }

    private static void descendants(long id, Map<Long, List<Reply>> answers, List<Reply> out) {
        for (Reply r : answers.getOrDefault(id, List.of())) {
            out.add(r);
            descendants(r.id(), answers, out);
        }
    }

    private static void reply(StringBuilder b, String pagePath, Reply r) {
        b.append("<article class=\"reply-body\">\n<p class=\"reply-meta\"><span class=\"reply-author\">");
        String site = Html.safeUrl(r.website());
        if (site != null) {
            b.append("<a href=\"").append(Html.attribute(site)).append("\" rel=\"").append(ReplyText.LINK_RELS).append("\">")
                    .append(Html.text(r.name())).append("</a>");
        } else {
            b.append(Html.text(r.name()));
        }
        b.append("</span> <time datetime=\"").append(Html.attribute(String.valueOf(r.createdAt()))).append("\">")
                .append(r.createdAt() == null ? "" : SHOWN.format(r.createdAt().withOffsetSameInstant(ZoneOffset.UTC)))
                .append("</time></p>\n<div class=\"reply-comment\">").append(r.commentHtml()).append("</div>\n")
                .append("<p class=\"reply-actions\"><a class=\"reply-link\" rel=\"nofollow\" href=\"")
                .append(Html.attribute(pagePath)).append("?replyto=").append(r.id()).append("#reply\">Reply</a></p>\n")
                .append("</article>\n");
    }

    private static void form(StringBuilder b, String pagePath, Reply parent, ReplyForm form, String csrf, boolean held) {
        b.append("<section id=\"reply\" class=\"reply-form\">\n<h2 id=\"reply-title\">Leave a Reply</h2>\n");
        if (held) {
            b.append("<p id=\"reply-held\" class=\"notice\" role=\"status\">Your reply is held for moderation;"
                    + " it will appear here once a moderator approves it.</p>\n");
        }
        if (parent != null) {
            b.append("<p class=\"replying-to\">Replying to <a href=\"#reply-").append(parent.id()).append("\">")
                    .append(Html.text(parent.name())).append("</a> &middot; <a href=\"").append(Html.attribute(pagePath))
                    .append("#reply\">Cancel reply</a></p>\n");
        }
        error(b, form, "parent_id");
        b.append("<form method=\"post\" action=\"").append(Html.attribute(pagePath)).append("/replies\"")
                .append(" accept-charset=\"utf-8\">\n")
                .append("<p class=\"comment-notes\">Your email address will not be published. Required fields are marked *</p>\n");
        field(b, form, "name", "Name *", "text", form.name(), true, ReplyForm.MAX_NAME);
        field(b, form, "email", "Email *", "email", form.email(), true, ReplyForm.MAX_EMAIL);
        field(b, form, "website", "Website", "url", form.website(), false, ReplyForm.MAX_WEBSITE);
        b.append("<p class=\"field\"><label for=\"reply-comment\">Comment *</label>\n")
                .append("<textarea id=\"reply-comment\" name=\"comment\" rows=\"8\" maxlength=\"").append(ReplyForm.MAX_COMMENT)
                .append("\" required").append(form.errors().containsKey("comment") ? " aria-invalid=\"true\"" : "")
                .append(">").append(Html.text(form.comment())).append("</textarea></p>\n");
        error(b, form, "comment");
        // The honeypot: hidden from people by app.css, filled in by bots that fill every field.
        b.append("<p class=\"hp\" aria-hidden=\"true\"><label for=\"reply-homepage\">Leave this field empty</label>")
                .append("<input id=\"reply-homepage\" name=\"homepage\" type=\"text\" value=\"\" tabindex=\"-1\" autocomplete=\"off\"></p>\n")
                .append("<input type=\"hidden\" name=\"parent_id\" value=\"")
                .append(parent == null ? "" : String.valueOf(parent.id())).append("\">\n")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(Html.attribute(csrf)).append("\">\n")
                .append("<p class=\"form-submit\"><button type=\"submit\">Post Reply</button></p>\n</form>\n</section>\n");
    }

    private static void field(StringBuilder b, ReplyForm form, String name, String label, String type, String value,
                              boolean required, int maxLength) {
        b.append("<p class=\"field\"><label for=\"reply-").append(name).append("\">").append(Html.text(label))
                .append("</label>\n<input id=\"reply-").append(name).append("\" name=\"").append(name)
                .append("\" type=\"").append(type).append("\" maxlength=\"").append(maxLength).append("\" value=\"")
                .append(Html.attribute(value)).append('"');
        if (required) b.append(" required");
        if (form.errors().containsKey(name)) b.append(" aria-invalid=\"true\"");
        b.append("></p>\n");
        error(b, form, name);
    }

    private static void error(StringBuilder b, ReplyForm form, String field) {
        String message = form.errors().get(field);
        if (message == null) return;
        b.append("<p class=\"field-error\" data-field=\"").append(Html.attribute(field)).append("\">")
                .append(Html.text(message)).append("</p>\n");
    }
}
