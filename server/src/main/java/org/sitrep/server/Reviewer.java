package org.sitrep.server;

import io.javalin.http.Context;
import org.sitrep.store.Account;
import org.sitrep.store.Accounts;
import org.sitrep.store.Role;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is writing: the account of the request's session cookie, or of its
 * {@code Authorization: Bearer <token>} header (machines), checked to hold a role that may review.
 * Forms sent with a session must carry the session's CSRF token; a bearer token is never sent by a
 * browser on its own, so it needs none.
 */
final class Reviewer {
    /** The session cookie's name. */
    static final String COOKIE = "sitrep_session";
    /** The roles that may verify, correct and moderate. */
    private static final Set<Role> MAY_REVIEW = Set.of(Role.REVIEWER, Role.ADMIN);
    private static final String BEARER = "bearer ";

    private final Accounts accounts;
    private final Sessions sessions;

    Reviewer(Accounts accounts, Sessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** Returns the live session of the request's cookie, or empty. */
    Optional<Sessions.Session> session(Context ctx) {
        return sessions.find(ctx.cookie(COOKIE));
    }

    /** Returns the session of a logged-in reviewer or admin, for showing their tools on a page; empty otherwise. */
    Optional<Sessions.Session> reviewing(Context ctx) {
        return session(ctx).filter(s -> MAY_REVIEW.contains(s.account().role()));
    }

    /**
     * Returns the account making a request that reads reviewers' data.
     *
     * @throws ApiError 401 without a session or a known token, 403 when the account may not review
     */
    Account require(Context ctx) {
        return mayReview(who(ctx).account());
    }

    /**
     * Returns the admin making a request that reads accounts.
     *
     * @throws ApiError 401 without a session or a known token, 403 when the account is not an admin's
     */
    Account requireAdmin(Context ctx) {
        return mayAdminister(who(ctx).account());
    }

    /**
     * Returns the admin making a change to accounts: as {@link #requireAdmin}, and a session's form
     * must carry its {@code csrf} token.
     */
    Account requireAdminForm(Context ctx) {
        Who who = who(ctx);
        Account account = mayAdminister(who.account());
        checkForm(ctx, who);
        return account;
    }

    /**
     * Returns the account making a write: as {@link #require}, and a session's form must carry its
     * {@code csrf} token.
     *
     * @throws ApiError 401 without a session or a known token, 403 when the account may not review
     *                  or the form's token is not the session's
     */
    Account requireForm(Context ctx) {
        Who who = who(ctx);
        Account account = mayReview(who.account());
        checkForm(ctx, who);
        return account;
    }

    private static void checkForm(Context ctx, Who who) {
        if (who.session() != null && !who.session().csrfMatches(ctx.formParam("csrf"))) {
            throw new ApiError(403, "This form has expired or was not sent from a Sitrep page; reload the page and try again.", "csrf");
        }
    }

    /** Returns the account a request's bearer token was made for, or empty when it has none or an unknown one. */
    Optional<Account> byBearer(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) return Optional.empty();
        return accounts.byApiToken(authorization.substring(BEARER.length()).strip());
    }

    /** An account, and the session it came by (null for a bearer token). */
    private record Who(Account account, Sessions.Session session) {
    }

    private Who who(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            Account account = byBearer(authorization).orElseThrow(() -> new ApiError(401,
                    "The Authorization header does not carry a known API token.", null));
            return new Who(account, null);
        }
        Sessions.Session s = session(ctx).orElseThrow(() -> new ApiError(401,
                "This needs a reviewer's login (/login) or an 'Authorization: Bearer <token>' header.", null));
        return new Who(s.account(), s);
    }

    private static Account mayAdminister(Account account) {
        if (account.role() != Role.ADMIN) {
            throw new ApiError(403, "Only admins manage accounts, and " + account.name() + " is a " + account.role().label() + ".", null);
        }
        return account;
    }

    private static Account mayReview(Account account) {
        if (!MAY_REVIEW.contains(account.role())) {
            throw new ApiError(403, "The account " + account.name() + " may not review events.", null);
        }
        return account;
    }
}
