package org.sitrep.flink;

/**
 * One message of the articles topic: the article's JSON ({@code {"id", "text" or "html",
 * "published", "url"}}) and where it stands on the topic. A Flink POJO: public fields, no-argument
 * constructor.
 */
public class ArticleMessage {
    /** The message's Kafka timestamp: the order in which articles are merged. */
    public long timestamp;
    public int partition;
    public long offset;
    public String json;

    public ArticleMessage() {
    }

    ArticleMessage(long timestamp, int partition, long offset, String json) {
        this.timestamp = timestamp;
        this.partition = partition;
        this.offset = offset;
        this.json = json;
    }

    /** Names the message in error lines: {@code articles-0@17}. */
    String where(String topic) {
        return topic + "-" + partition + "@" + offset;
    }
}
