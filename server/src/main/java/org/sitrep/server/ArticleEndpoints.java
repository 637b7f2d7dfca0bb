package org.sitrep.server;

import io.javalin.http.Context;
import org.sitrep.article.ArticleReader;
import org.sitrep.model.Event;
import org.sitrep.store.EventStore;
import org.sitrep.store.Ingest;
import org.sitrep.store.StoredArticle;

import java.util.List;
import java.util.Optional;

/** The article routes: read one stored article, and post a new one to be coded and stored. */
final class ArticleEndpoints {
    private final EventStore store;
    private final Ingest ingest;
    private final ArticleReader reader;
    private final BearerToken token;
    private final Reviewer reviewer;

    /**
     * @param token    the server-wide API token
     * @param reviewer who else may post: an account's own API token, when the account may review
     */
    ArticleEndpoints(EventStore store, Ingest ingest, ArticleReader reader, BearerToken token, Reviewer reviewer) {
        this.store = store;
        this.ingest = ingest;
        this.reader = reader;
        this.token = token;
        this.reviewer = reviewer;
    }

    /** {@code GET /api/articles/{id}}: the article as stored, and the events it reports. */
    void article(Context ctx) {
        QueryParameters.expectNone(ctx.queryParamMap());
        String given = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(given);
        } catch (NumberFormatException e) {
            throw ApiError.badParameter("id", "An article id is a number, not '" + given + "'.");
        }
        StoredArticle article = store.article(id)
                .orElseThrow(() -> ApiError.notFound("id", "There is no article " + id + "."));
        ctx.json(ApiJson.article(article, store.eventIdsOf(id)));
    }

    /**
     * {@code POST /api/articles}: reads the posted article, codes and stores it unless it is stored
     * already, and answers 201 with its events (200 and the events stored from it before when it was known).
     */
    void submit(Context ctx) {
        try {
            token.check(ctx.header("Authorization"));
        } catch (ApiError refused) {
            if (reviewer.byBearer(ctx.header("Authorization")).isEmpty()) throw refused;
            reviewer.require(ctx);
        }
        ArticleSubmission submission = ArticleSubmission.fromRequest(ctx.contentType(), ctx.bodyAsBytes(),
                ctx.queryParamMap());
        EventStore.Report report = ingest.add(submission.read(reader));
        long articleId = report.article().id();
        List<String> ids = report.added() ? report.eventIds() : store.eventIdsOf(articleId);
        List<Event> events = ids.stream().distinct().map(store::event).flatMap(Optional::stream).toList();
        if (report.added()) ctx.status(201).header("Location", "/api/articles/" + articleId);
        ctx.json(ApiJson.submitted(articleId, report.added(), events));
    }
}
