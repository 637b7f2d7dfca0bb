package org.sitrep.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.sitrep.article.ArticleLine;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.UnreadableArticleException;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.store.ReportPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and codes each article with the core's extractor and hands on one part per country its
 * events are in. An article that cannot be read is one line in the log and is dropped: nothing of
 * it can be stored.
 */
final class CodeArticles extends RichFlatMapFunction<ArticleMessage, CodedPart> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CodeArticles.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String topic;
    private transient Extractor extractor;
    private transient ArticleReader reader;

    CodeArticles(String topic) {
        this.topic = topic;
    }

    @Override
    public void open(OpenContext context) {
        extractor = Models.extractor();
        reader = new ArticleReader();
    }

    /** One line in the task manager's log and on its standard error (the terminal of {@code sitrep stream}). */
    private static void report(String problem) {
        LOG.warn("sitrep: {}", problem);
        System.err.println("sitrep: " + problem);
    }

    @Override
    public void flatMap(ArticleMessage message, Collector<CodedPart> out) {
        Article article;
        String where = message.where(topic);
        try {
            article = ArticleLine.of(JSON.readTree(message.json), where, null).read(reader);
        } catch (JsonProcessingException e) {
            report(where + ": is not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
            return;
        } catch (UnreadableArticleException e) {
            report(e.getMessage());
            return;
        }
        for (ReportPart part : ReportPart.split(article, extractor.extract(article))) {
            out.collect(new CodedPart(message, part.iso3(), part.toJson()));
        }
    }
}
