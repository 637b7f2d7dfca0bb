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
 *
 * <p>A job restored from a checkpoint may find nothing new to read while its writers still hold
 * articles read before the checkpoint, which only a watermark releases. When a partition has given
 * nothing for {@value #CAUGHT_UP_MS} ms since the reader started, it is caught up, and the
 * watermark follows the clock, {@value #CLOCK_SKEW_MS} ms behind it, until an article comes: an
 * article written later carries a later timestamp unless its producer's clock is more than that
 * behind (such an article is stored as it comes, out of order).
 */
final class TopicOrder implements WatermarkGenerator<ArticleMessage> {
    static final long QUIET_MS = 200;
    static final long CAUGHT_UP_MS = 30_000;
    static final long CLOCK_SKEW_MS = 10_000;

    private final long startedAt = System.nanoTime();
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
        long now = System.nanoTime();
        long watermark;
        if (latest == Long.MIN_VALUE) {
            if (now - startedAt < TimeUnit.MILLISECONDS.toNanos(CAUGHT_UP_MS)) return;
            watermark = System.currentTimeMillis() - CLOCK_SKEW_MS;
        } else {
            boolean quiet = now - lastArrival > TimeUnit.MILLISECONDS.toNanos(QUIET_MS);
            watermark = quiet ? latest : latest - 1;
        }
        if (watermark > emitted) {
            emitted = watermark;
            output.emitWatermark(new Watermark(watermark));
        }
    }
}
