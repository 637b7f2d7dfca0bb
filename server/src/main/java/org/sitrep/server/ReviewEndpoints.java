package org.sitrep.server;

import io.javalin.http.Context;
import org.sitrep.store.Account;
import org.sitrep.store.AuditEntry;
import org.sitrep.store.EventStatus;
import org.sitrep.store.EventStore;
import org.sitrep.store.Replies;
import org.sitrep.store.Reply;
import org.sitrep.store.Reviews;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What reviewers do over HTTP: set an event's status, correct a field, merge two events or split one,
 * moderate replies ({@code GET /review} lists the held ones), and export the audit log. Every route
 * asks {@link Reviewer} who is writing first (401 or 403 before anything else), and each write
 * answers with a redirect (303) to the page it was made from.
 */
final class ReviewEndpoints {
    static final String MODERATION = "/review";

    private final EventStore store;
    private final Reviews reviews;
    private final Replies replies;
    private final Reviewer reviewer;
    private final WebPages web;
    /** Told after every change to events, so that cached answers are not served stale. */
    private final Runnable eventsChanged;

    ReviewEndpoints(EventStore store, Reviews reviews, Replies replies, Reviewer reviewer, WebPages web,
                    Runnable eventsChanged) {
        this.store = store;
        this.reviews = reviews;
        this.replies = replies;
        this.reviewer = reviewer;
        this.web = web;
        this.eventsChanged = eventsChanged;
    }

    /** {@code POST /events/{id}/status}: {@code status} is new, verified or rejected. */
    void status(Context ctx) {
        Account who = reviewer.requireForm(ctx);
        String id = existingEvent(ctx);
        if (id == null) return;
        EventStatus status;
        try {
            status = EventStatus.fromLabel(String.valueOf(ctx.formParam("status")));
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("status", "The status must be new, verified or rejected.");
        }
        reviews.setStatus(id, status, who);
        eventsChanged.run();
        backTo(ctx, WebPages.pagePath("event", id) + "#review");
    }

    /** {@code POST /events/{id}/edit}: sets {@code field} to {@code value}; a value that does not fit shows the page again (400) with the reason. */
    void edit(Context ctx) {
        Account who = reviewer.requireForm(ctx);
        String id = existingEvent(ctx);
        if (id == null) return;
        String field = ctx.formParam("field");
        if (field == null || field.isBlank()) {
            refuseEdit(ctx, "Choose a field to edit.");
            return;
        }
        try {
            reviews.edit(id, field.strip(), ctx.formParam("value"), who);
        } catch (IllegalArgumentException e) {
            refuseEdit(ctx, e.getMessage());
            return;
        }
        eventsChanged.run();
        backTo(ctx, WebPages.pagePath("event", id) + "#audit");
    }

    /** {@code POST /events/{id}/split}: one event per source again. */
    void split(Context ctx) {
        reviewer.requireForm(ctx);
        String id = existingEvent(ctx);
        if (id == null) return;
        store.split(id);
        eventsChanged.run();
        backTo(ctx, WebPages.pagePath("event", id));
    }

    /**
     * {@code POST /events/{id}/merge}: the event {@code other} becomes part of this one (its sources,
     * replies and audit log entry move here); a refusal shows the page again (400) with the reason.
     */
    void merge(Context ctx) {
        Account who = reviewer.requireForm(ctx);
        String id = existingEvent(ctx);
        if (id == null) return;
        String other = ctx.formParam("other");
        if (other == null || other.isBlank()) {
            refuseEdit(ctx, "Give the id of the event to merge into this one, such as NER-000002.");
            return;
        }
        other = other.strip().toUpperCase(java.util.Locale.ROOT);
        if (store.event(other).isEmpty()) {
            refuseEdit(ctx, "There is no event '" + other + "' to merge.");
            return;
        }
        try {
            reviews.merge(id, other, who);
        } catch (IllegalArgumentException e) {
            refuseEdit(ctx, e.getMessage());
            return;
        }
        eventsChanged.run();
        backTo(ctx, WebPages.pagePath("event", id) + "#audit");
    }

    /** {@code POST /replies/{id}/approve}: publishes a held reply. */
    void approve(Context ctx) {
        reviewer.requireForm(ctx);
        if (!replies.approve(replyId(ctx))) throw ApiError.notFound("id", "There is no reply " + ctx.pathParam("id") + ".");
        backTo(ctx, MODERATION);
    }

    /** {@code POST /replies/{id}/delete}: hides a reply for good. */
    void delete(Context ctx) {
        reviewer.requireForm(ctx);
        if (!replies.delete(replyId(ctx))) throw ApiError.notFound("id", "There is no reply " + ctx.pathParam("id") + ".");
        backTo(ctx, MODERATION);
    }

    /** {@code GET /review}: the replies waiting for moderation, each with approve and delete buttons. */
    void moderation(Context ctx) {
        Account who = reviewer.require(ctx);
        // A bearer client has no session and so no form token; its buttons would be refused, and it needs none.
        String csrf = reviewer.session(ctx).map(Sessions.Session::csrf).orElse("");
        List<Reply> held = replies.held();
        StringBuilder b = new StringBuilder(2048 + 512 * held.size());
        b.append("<h1>Replies held for moderation</h1>\n<p class=\"reviewer\">Logged in as <span id=\"reviewer-name\">")
                .append(Html.text(who.name())).append("</span> &middot; <a href=\"/api/audit.csv\">Audit log (CSV)</a>")
                .append(who.role() == org.sitrep.store.Role.ADMIN ? " &middot; <a href=\"" + AdminEndpoints.PATH + "\">Accounts</a>" : "")
                .append("</p>\n")
                .append(ReviewSection.form("/logout", csrf, "", "Log out", "logout"));
        if (held.isEmpty()) {
            b.append("<p id=\"no-held\">No replies are waiting.</p>\n");
        } else {
            b.append("<ol id=\"held\">\n");
            for (Reply r : held) {
                String page = WebPages.pagePath(r.targetKind(), r.targetId());
                b.append("<li class=\"held-reply\" id=\"held-").append(r.id()).append("\"><p class=\"reply-meta\">")
                        .append("<span class=\"reply-author\">").append(Html.text(r.name())).append("</span> on <a href=\"")
                        .append(Html.attribute(page)).append("\">").append(Html.text(page)).append("</a></p>\n")
                        .append("<div class=\"reply-comment\">").append(r.commentHtml()).append("</div>\n")
                        .append(ReviewSection.form("/replies/" + r.id() + "/approve", csrf, "", "Approve", "approve-" + r.id()))
                        .append(ReviewSection.form("/replies/" + r.id() + "/delete", csrf, "", "Delete", "delete-" + r.id()))
                        .append("</li>\n");
            }
            b.append("</ol>\n");
        }
        ctx.header("Cache-Control", "no-store");
        WebPages.page(ctx, 200, "Moderation \u2013 Sitrep", b.toString(), false);
    }

    /** {@code GET /api/audit.csv}: every change people made to events, oldest first. */
    void auditCsv(Context ctx) {
        reviewer.require(ctx);
        QueryParameters.expectNone(ctx.queryParamMap());
        List<AuditEntry> log = reviews.auditLog();
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"sitrep-audit.csv\"")
                .header("Cache-Control", "no-store");
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
            out.write("at,account,event_id,field,before,after\n");
            for (AuditEntry a : log) {
                out.write(String.join(",", cell(a.at() == null ? "" : a.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
                        cell(a.account()), cell(a.eventId()), cell(a.field()), cell(a.before()), cell(a.after())));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One CSV cell (RFC 4180). Values people typed that a spreadsheet would run as a formula
     * (OWASP, CSV injection: a leading = + - @) are prefixed with an apostrophe.
     */
    static String cell(String value) {
        String s = value == null ? "" : value;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) s = "'" + s;
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** The path's event id when there is such an event; else answers 404 and returns null. */
    private String existingEvent(Context ctx) {
        String id = ctx.pathParam("id");
        if (store.event(id).isEmpty()) {
            web.notFound(ctx, "There is no event '" + id + "'.");
            return null;
        }
        return id;
    }

    private void refuseEdit(Context ctx, String reason) {
        ctx.attribute(ReviewSection.EDIT_ERROR, reason);
        web.event(ctx, 400, ReplyForm.blank(null));
    }

    private static long replyId(Context ctx) {
        Long id = ReplyForm.id(ctx.pathParam("id"));
        if (id == null) throw ApiError.badParameter("id", "A reply id is a number, not '" + ctx.pathParam("id") + "'.");
        return id;
    }

    private static void backTo(Context ctx, String location) {
        ctx.status(303).header("Location", location);
    }
}
