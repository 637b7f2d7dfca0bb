package org.sitrep.flink;

/**
 * The events one article reports in one country ({@link org.sitrep.store.ReportPart} as JSON), with
 * its article's place on the topic, on its way to the writer of that country. A Flink POJO.
 */
public class CodedPart {
    public long timestamp;
    public int partition;
    public long offset;
    /** The country the part's events are in: the key its writer is chosen by; empty when unknown. */
    public String iso3;
    public String part;

    public CodedPart() {
    }

    CodedPart(ArticleMessage from, String iso3, String part) {
        this.timestamp = from.timestamp;
        this.partition = from.partition;
        this.offset = from.offset;
        this.iso3 = iso3;
        this.part = part;
    }
}
