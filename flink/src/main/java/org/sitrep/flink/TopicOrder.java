package org.sitrep.flink;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

import java.util.concurrent.TimeUnit;

/**
 * Watermarks that follow the articles' Kafka timestamps, per partition: every article up to the
 * watermark has been read. The writers hold each article until the watermark passes it and so
 * merge articles in the topic's order whatever order the parallel coders finish them in.
 *
 * <p>While articles keep coming the watermark stays one millisecond behind the latest timestamp
 * (another article of the same millisecond may follow); once none has come for {@value #QUIET_MS}
 * ms it reaches the latest, so the last article of a burst is stored without waiting for the next.
 */
final class TopicOrder implements WatermarkGenerator<ArticleMessage> {
    static final long QUIET_MS = 200;

    private long latest = Long.MIN_VALUE;
    private long lastArrival;
    private long emitted = Long.MIN_VALUE;

    @Override
    public void onEvent(ArticleMessage message, long timestamp, WatermarkOutput output) {
        latest = Math.max(latest, timestamp);
        lastArrival = System.nanoTime();
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        if (latest == Long.MIN_VALUE) return;
        boolean quiet = System.nanoTime() - lastArrival > TimeUnit.MILLISECONDS.toNanos(QUIET_MS);
        long watermark = quiet ? latest : latest - 1;
        if (watermark > emitted) {
            emitted = watermark;
            output.emitWatermark(new Watermark(watermark));
        }
    }
}
