package org.sitrep.server;

import io.javalin.http.Context;
import org.sitrep.store.Account;
import org.sitrep.store.Accounts;
import org.sitrep.store.Role;
import org.sitrep.store.StoreException;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * What only admins do, at {@code /admin}: see every account, add reviewers and admins, change a
 * role, lift a lockout, and withdraw an account's access (its logins and API tokens) when a laptop
 * or a token is lost. Every route asks {@link Reviewer#requireAdmin} first, so a reviewer gets 403
 * and no one else gets further than 401. An admin cannot demote themself, so the last admin cannot
 * be lost from the web.
 */
final class AdminEndpoints {
    static final String PATH = "/admin";
    /** The request attribute where a refused change leaves its reason for the page shown again. */
    private static final String ERROR = "sitrep.admin.error";

    private final Accounts accounts;
    private final Reviewer reviewer;

    AdminEndpoints(Accounts accounts, Reviewer reviewer) {
        this.accounts = accounts;
        this.reviewer = reviewer;
    }

    /** {@code GET /admin}: the accounts, each with its tools, and the form for a new one. */
    void page(Context ctx) {
        show(ctx, 200, reviewer.requireAdmin(ctx), "");
    }

    /** {@code POST /admin/accounts}: a new account from {@code name}, {@code role} and {@code password}. */
    void add(Context ctx) {
        Account admin = reviewer.requireAdminForm(ctx);
        String name = strip(ctx.formParam("name"));
        char[] password = String.valueOf(ctx.formParam("password") == null ? "" : ctx.formParam("password")).toCharArray();
        try {
            accounts.add(name, Role.fromLabel(String.valueOf(ctx.formParam("role"))), password);
        } catch (IllegalArgumentException | StoreException e) {
            refuse(ctx, admin, name, "The account was not added: " + reason(e) + ".");
            return;
        } finally {
            Arrays.fill(password, '\0');
        }
        done(ctx);
    }

    /** {@code POST /admin/accounts/{name}/role}: gives the account the form's {@code role}. */
    void role(Context ctx) {
        Account admin = reviewer.requireAdminForm(ctx);
        String name = ctx.pathParam("name");
        Role role;
        try {
            role = Role.fromLabel(String.valueOf(ctx.formParam("role")));
        } catch (IllegalArgumentException e) {
            refuse(ctx, admin, "", "The role was not changed: " + reason(e) + ".");
            return;
        }
        if (name.equals(admin.name()) && role != Role.ADMIN) {
            refuse(ctx, admin, "", "You cannot take away your own admin role; ask another admin.");
            return;
        }
        if (existing(ctx, admin, name)) {
            accounts.setRole(name, role);
            done(ctx);
        }
    }

    /** {@code POST /admin/accounts/{name}/unlock}: lifts a lockout after failed logins. */
    void unlock(Context ctx) {
        changeExisting(ctx, accounts::unlock);
    }

    /** {@code POST /admin/accounts/{name}/revoke}: ends the account's logins and withdraws its API tokens. */
    void revoke(Context ctx) {
        changeExisting(ctx, accounts::revokeAccess);
    }

    /** Makes {@code change} to the account the path names, for an admin's form, or refuses when there is none. */
    private void changeExisting(Context ctx, Consumer<String> change) {
        Account admin = reviewer.requireAdminForm(ctx);
        String name = ctx.pathParam("name");
        if (existing(ctx, admin, name)) {
            change.accept(name);
            done(ctx);
        }
    }

    private boolean existing(Context ctx, Account admin, String name) {
        if (accounts.byName(name).isPresent()) return true;
        refuse(ctx, admin, "", "There is no account named '" + name + "'.");
        return false;
    }

    private void refuse(Context ctx, Account admin, String typedName, String reason) {
        ctx.attribute(ERROR, reason);
        show(ctx, 400, admin, typedName);
    }

    private static void done(Context ctx) {
        ctx.status(303).header("Location", PATH);
    }

    private void show(Context ctx, int status, Account admin, String typedName) {
        String csrf = reviewer.session(ctx).map(Sessions.Session::csrf).orElse("");
        StringBuilder b = new StringBuilder(4096);
        b.append("<h1>Accounts</h1>\n<p class=\"reviewer\">Logged in as <span id=\"reviewer-name\">").append(Html.text(admin.name()))
                .append("</span> (admin) &middot; <a href=\"").append(ReviewEndpoints.MODERATION).append("\">Moderation</a></p>\n");
        Object error = ctx.attribute(ERROR);
        if (error != null) {
            b.append("<p id=\"admin-error\" class=\"field-error\" role=\"alert\">").append(Html.text(error.toString())).append("</p>\n");
        }
        b.append("<table id=\"accounts\">\n<thead><tr><th>Name</th><th>Role</th><th>State</th><th>API tokens</th><th></th></tr></thead>\n<tbody>\n");
        for (Account a : accounts.all()) {
            String base = PATH + "/accounts/" + a.name();
            Role other = a.role() == Role.ADMIN ? Role.REVIEWER : Role.ADMIN;
            boolean locked = accounts.isLocked(a.name());
            b.append("<tr class=\"account\" id=\"account-").append(Html.attribute(a.name())).append("\"><td class=\"name\">")
                    .append(Html.text(a.name())).append("</td><td class=\"role\">").append(a.role().label())
                    .append("</td><td class=\"state\">").append(locked ? "locked after failed logins" : "active")
                    .append("</td><td class=\"tokens\">").append(accounts.apiTokens(a.name())).append("</td><td>");
            if (!a.name().equals(admin.name())) {
                b.append(ReviewSection.form(base + "/role", csrf, "<input type=\"hidden\" name=\"role\" value=\"" + other.label() + "\">",
                        "Make " + other.label(), "role-" + a.name()));
            }
            if (locked) b.append(ReviewSection.form(base + "/unlock", csrf, "", "Unlock", "unlock-" + a.name()));
            b.append(ReviewSection.form(base + "/revoke", csrf, "", "End logins and withdraw tokens", "revoke-" + a.name()))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n<h2>Add an account</h2>\n")
                .append(ReviewSection.form(PATH + "/accounts", csrf,
                        "<label for=\"new-name\">Name</label> <input id=\"new-name\" name=\"name\" type=\"text\" maxlength=\"100\""
                                + " autocomplete=\"off\" required value=\"" + Html.attribute(typedName) + "\"> "
                                + "<label for=\"new-role\">Role</label> <select id=\"new-role\" name=\"role\">"
                                + "<option value=\"reviewer\">reviewer</option><option value=\"admin\">admin</option></select> "
                                + "<label for=\"new-password\">Password (at least " + Accounts.MIN_PASSWORD + " characters)</label> "
                                + "<input id=\"new-password\" name=\"password\" type=\"password\" autocomplete=\"new-password\""
                                + " minlength=\"" + Accounts.MIN_PASSWORD + "\" maxlength=\"1000\" required>",
                        "Add", "add-account"));
        ctx.header("Cache-Control", "no-store");
        WebPages.page(ctx, status, "Accounts \u2013 Sitrep", b.toString(), false);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** The exception's sentence without the store's "cannot add account x: " prefix. */
    private static String reason(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        int colon = m.lastIndexOf(": ");
        return e instanceof StoreException && colon >= 0 ? m.substring(colon + 2) : m;
    }
}
