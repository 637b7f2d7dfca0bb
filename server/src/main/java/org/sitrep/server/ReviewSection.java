package org.sitrep.server;

import io.javalin.http.Context;
import org.sitrep.model.Event;
import org.sitrep.store.AuditEntry;
import org.sitrep.store.EventStatus;
import org.sitrep.store.EventStore;
import org.sitrep.store.Reviews;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The reviewers' tools on an event page, shown only to a logged-in reviewer or admin: the status
 * with verify and reject buttons, a form to correct one field, a form to merge another event into
 * this one, a split button when the event has several sources, and the audit log of what people changed. Every form carries the session's CSRF
 * token; every stored value is escaped by {@link Html}.
 */
final class ReviewSection {
    /** The fields a reviewer may set, in the schema's spelling. */
    static final List<String> EDITABLE = Reviews.editableFields();
    /** The request attribute where a refused edit leaves its reason for the page shown again. */
    static final String EDIT_ERROR = "sitrep.review.edit-error";

    private final EventStore store;
    private final Reviews reviews;
    private final Reviewer reviewer;

    ReviewSection(EventStore store, Reviews reviews, Reviewer reviewer) {
        this.store = store;
        this.reviews = reviews;
        this.reviewer = reviewer;
    }

    /** Returns whether a reviewer or admin is logged in on this request. */
    boolean reviewing(Context ctx) {
        return reviewer.reviewing(ctx).isPresent();
    }

    /** Returns where the event {@code eventId} stands with the reviewers. */
    EventStatus status(String eventId) {
        return reviews.status(eventId);
    }

    /** Returns the section for the event {@code e}, or "" when no reviewer is logged in. */
    String html(Context ctx, Event e) {
        Optional<Sessions.Session> session = reviewer.reviewing(ctx);
        if (session.isEmpty()) return "";
        String csrf = session.get().csrf();
        String page = WebPages.pagePath("event", e.eventId());
        StringBuilder b = new StringBuilder(4096);
        b.append("<section id=\"review\">\n<h2>Review</h2>\n<p class=\"reviewer\">Logged in as <span id=\"reviewer-name\">")
                .append(Html.text(session.get().account().name())).append("</span></p>\n");
        b.append("<p id=\"review-status\">Status: <strong>").append(Html.text(reviews.status(e.eventId()).label()))
                .append("</strong></p>\n");
        for (String status : List.of("verified", "rejected", "new")) {
            b.append(form(page + "/status", csrf, "<input type=\"hidden\" name=\"status\" value=\"" + status + "\">",
                    "Mark " + status, "status-" + status));
        }
        Object error = ctx.attribute(EDIT_ERROR);
        if (error != null) {
            b.append("<p id=\"edit-error\" class=\"field-error\" role=\"alert\">").append(Html.text(error.toString()))
                    .append("</p>\n");
        }
        StringBuilder fields = new StringBuilder("<label for=\"edit-field\">Field</label> <select id=\"edit-field\" name=\"field\">");
        for (String f : EDITABLE) {
            fields.append("<option value=\"").append(f).append("\">").append(f).append("</option>");
        }
        fields.append("</select> <label for=\"edit-value\">Value</label> ")
                .append("<input id=\"edit-value\" name=\"value\" type=\"text\" maxlength=\"10000\">");
        b.append(form(page + "/edit", csrf, fields.toString(), "Save", "edit"));
        b.append(form(page + "/merge", csrf, "<label for=\"merge-other\">Merge event</label> "
                + "<input id=\"merge-other\" name=\"other\" type=\"text\" maxlength=\"16\" placeholder=\"NER-000002\">"
                + " into this one", "Merge", "merge"));
        if (store.sourcesOf(e.eventId()).size() > 1) {
            b.append(form(page + "/split", csrf, "", "Split into one event per source", "split"));
        }
        b.append("</section>\n<section id=\"audit\">\n<h2>Audit log</h2>\n");
        List<AuditEntry> log = reviews.auditLog(e.eventId());
        if (log.isEmpty()) {
            b.append("<p class=\"no-audit\">No one has changed this event.</p>\n");
        } else {
            b.append("<table>\n<thead><tr><th>Who</th><th>When</th><th>Field</th><th>Before</th><th>After</th></tr></thead>\n<tbody>\n");
            for (AuditEntry a : log) {
                b.append("<tr class=\"audit-entry\"><td class=\"who\">").append(Html.text(a.account()))
                        .append("</td><td class=\"when\"><time>")
                        .append(a.at() == null ? "" : Html.text(a.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
                        .append("</time></td><td class=\"field\">").append(Html.text(a.field()))
                        .append("</td><td class=\"before\">").append(Html.text(a.before()))
                        .append("</td><td class=\"after\">").append(Html.text(a.after())).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("</section>\n");
        return b.toString();
    }

    /** A POST form to {@code action} with the CSRF token, {@code inputs}, and one button. */
    static String form(String action, String csrf, String inputs, String button, String id) {
        return "<form method=\"post\" action=\"" + Html.attribute(action) + "\" class=\"review-form\" id=\"form-" + id + "\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.attribute(csrf) + "\">" + inputs
                + " <button type=\"submit\">" + Html.text(button) + "</button></form>\n";
    }
}
