package org.sitrep.server;

import io.javalin.http.Context;
import org.sitrep.store.Account;
import org.sitrep.store.Accounts;

import java.util.Optional;

/**
 * {@code GET /login}, {@code POST /login} and {@code POST /logout}: reviewers' sessions. A failed
 * login says the same sentence whether the name, the password or a lock was wrong, so the answer
 * tells no one which names exist; the store counts failures and locks the account.
 */
final class LoginEndpoints {
    static final String PATH = "/login";
    static final String REFUSED = "Wrong name or password, or the account is locked for a while.";
    /** Passwords longer than this are not hashed: they cannot be anyone's, and Argon2 on megabytes is a cheap attack. */
    private static final int MAX_PASSWORD = 1000;

    private final Accounts accounts;
    private final Sessions sessions;
    private final Reviewer reviewer;
    private final FormToken tokens;

    LoginEndpoints(Accounts accounts, Sessions sessions, Reviewer reviewer, FormToken tokens) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.reviewer = reviewer;
        this.tokens = tokens;
    }

    /** {@code GET /login}: the form. */
    void form(Context ctx) {
        show(ctx, 200, "", null);
    }

    /** {@code POST /login}: a session and a redirect to the moderation page, or the form again with {@link #REFUSED} (401). */
    void login(Context ctx) {
        String name = ctx.formParam("name");
        String password = ctx.formParam("password");
        if (!tokens.check(PATH, ctx.formParam("csrf"))) {
            show(ctx, 400, name, "This form has expired or was not sent from this page; please try again.");
            return;
        }
        Optional<Account> account = name == null || password == null || name.isBlank() || password.length() > MAX_PASSWORD
                || accounts.isLocked(name.strip())
                ? Optional.empty() : accounts.login(name.strip(), password.toCharArray());
        if (account.isEmpty()) {
            show(ctx, 401, name, REFUSED);
            return;
        }
        // A fresh id at every login, so an id planted before it (session fixation) is worth nothing.
        reviewer.session(ctx).ifPresent(old -> sessions.close(old.id()));
        Sessions.Session s = sessions.open(account.get());
        ctx.res().addHeader("Set-Cookie", cookie(ctx, s.id(), Sessions.MAX_AGE.toSeconds()));
        ctx.status(303).header("Location", "/review");
    }

    /** {@code POST /logout}: ends the session (its form carries the session's token) and goes back to the map. */
    void logout(Context ctx) {
        Sessions.Session s = reviewer.session(ctx).orElseThrow(() -> new ApiError(401, "No one is logged in.", null));
        if (!s.csrfMatches(ctx.formParam("csrf"))) {
            throw new ApiError(403, "This form has expired or was not sent from a Sitrep page; reload the page and try again.", "csrf");
        }
        sessions.close(s.id());
        ctx.res().addHeader("Set-Cookie", cookie(ctx, "", 0));
        ctx.status(303).header("Location", "/");
    }

    /**
     * The session cookie: out of scripts' reach (HttpOnly), never sent by another site's request
     * (SameSite=Strict), and only over TLS when the request came over TLS (directly or through a proxy).
     */
    static String cookie(Context ctx, String value, long maxAgeSeconds) {
        boolean tls = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        return Reviewer.COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
                + (tls ? "; Secure" : "");
    }

    private void show(Context ctx, int status, String name, String message) {
        StringBuilder b = new StringBuilder(1024);
        b.append("<h1>Log in</h1>\n");
        if (message != null) b.append("<p id=\"login-error\" class=\"field-error\" role=\"alert\">").append(Html.text(message)).append("</p>\n");
        b.append("<form method=\"post\" action=\"").append(PATH).append("\" id=\"login\">\n")
                .append("<p class=\"field\"><label for=\"login-name\">Name</label>\n<input id=\"login-name\" name=\"name\" type=\"text\"")
                .append(" maxlength=\"100\" autocomplete=\"username\" required value=\"").append(Html.attribute(name)).append("\"></p>\n")
                .append("<p class=\"field\"><label for=\"login-password\">Password</label>\n<input id=\"login-password\"")
                .append(" name=\"password\" type=\"password\" maxlength=\"").append(MAX_PASSWORD)
                .append("\" autocomplete=\"current-password\" required></p>\n")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(Html.attribute(tokens.issue(PATH))).append("\">\n")
                .append("<p class=\"form-submit\"><button type=\"submit\">Log in</button></p>\n</form>\n");
        reviewer.session(ctx).ifPresent(s -> b.append("<div id=\"logged-in\">Logged in as ").append(Html.text(s.account().name())).append(". ")
                .append(ReviewSection.form("/logout", s.csrf(), "", "Log out", "logout")).append("</div>\n"));
        ctx.header("Cache-Control", "no-store");
        WebPages.page(ctx, status, "Log in \u2013 Sitrep", b.toString(), false);
    }
}
