package org.sitrep.cli;

import org.sitrep.article.UnreadableArticleException;
import org.sitrep.model.Article;

/** An article to be read when a worker gets to it (a file, a page to fetch, one line of a JSON-lines file). */
@FunctionalInterface
interface ArticleSource {
    Article read() throws UnreadableArticleException;
}
