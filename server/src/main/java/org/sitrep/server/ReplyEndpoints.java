package org.sitrep.server;

import io.javalin.http.Context;
import org.sitrep.model.Event;
import org.sitrep.store.EventStore;
import org.sitrep.store.NewReply;
import org.sitrep.store.Replies;
import org.sitrep.store.Reply;
import org.sitrep.store.StoredArticle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code POST /events/{id}/replies} and {@code POST /articles/{id}/replies}: a reader's reply from
 * the page's form. Refused without a word stored when the honeypot is filled or the form's token is
 * not the page's (400), or when the address sent too many replies lately (429); shown again with a
 * sentence beside each bad field when a field is wrong (400); else stored, held for moderation
 * unless its author was approved before, and answered with a redirect to the page (303).
 */
final class ReplyEndpoints {
    /** At most this many replies per client address in {@link #WINDOW}. */
    static final int MAX_PER_WINDOW = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final EventStore store;
    private final Replies replies;
    private final FormToken tokens;
    private final WebPages web;

    ReplyEndpoints(EventStore store, Replies replies, FormToken tokens, WebPages web) {
        this.store = store;
        this.replies = replies;
        this.tokens = tokens;
        this.web = web;
    }

    /** Handles a reply to the {@code kind} ("event" or "article") named by the path's {@code id}. */
    void post(Context ctx, String kind) {
        String given = ctx.pathParam("id");
        Optional<String> target = kind.equals("event")
                ? store.event(given).map(Event::eventId)
                : web.storedArticle(given).map(StoredArticle::id).map(String::valueOf);
        if (target.isEmpty()) {
            web.notFound(ctx, "There is no " + kind + " '" + given + "'.");
            return;
        }
        String targetId = target.get();
        String page = WebPages.pagePath(kind, targetId);
        String honeypot = ctx.formParam("homepage");
        if (honeypot != null && !honeypot.isEmpty()) {
            web.message(ctx, 400, "Reply not accepted", "This reply was not accepted because a field meant to stay empty was filled in.", page);
            return;
        }
        if (!tokens.check(page, ctx.formParam("csrf"))) {
            web.message(ctx, 400, "Reply not accepted", "This form has expired or was not sent from this page;"
                    + " reload the page and send your reply again.", page);
            return;
        }
        String ipHash = sha256(ctx.ip());
        if (replies.recentFromIp(ipHash, WINDOW) >= MAX_PER_WINDOW) {
            ctx.header("Retry-After", String.valueOf(WINDOW.toSeconds()));
            web.message(ctx, 429, "Too many replies", "You have sent " + MAX_PER_WINDOW + " replies in the last "
                    + WINDOW.toMinutes() + " minutes; please wait a few minutes before sending another.", page);
            return;
        }
        ReplyForm typed = ReplyForm.posted(ctx);
        ReplyText.Safe comment = ReplyText.of(typed.comment());
        Set<Long> shown = replies.thread(kind, targetId).stream().map(Reply::id).collect(Collectors.toSet());
        ReplyForm form = typed.checked(comment, shown);
        if (!form.errors().isEmpty()) {
            reshow(ctx, kind, form);
            return;
        }
        Reply stored;
        try {
            stored = replies.add(new NewReply(kind, targetId, form.parentId(), form.name().strip(), form.email().strip(),
                    form.websiteOrNull(), comment.html(), ipHash));
        } catch (IllegalArgumentException e) {
            // The reply it answers was removed since the check above.
            reshow(ctx, kind, typed.checked(comment, Set.of()));
            return;
        }
        String location = stored.status() == Reply.Status.APPROVED ? page + "#reply-" + stored.id() : page + "?reply=held#reply-held";
        ctx.status(303).header("Location", location);
    }

    private void reshow(Context ctx, String kind, ReplyForm form) {
        if (kind.equals("event")) web.event(ctx, 400, form);
        else web.article(ctx, 400, form);
    }

    /** The client's address as SHA-256, hex: enough to count its replies, without keeping the address. */
    static String sha256(String ip) {
        try {
            byte[] sum = MessageDigest.getInstance("SHA-256").digest(String.valueOf(ip).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sum);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
