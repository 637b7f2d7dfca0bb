package org.sitrep.flink;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TopicOrderTest {
    /** Collects the watermarks a generator emits. */
    private static final class Emitted implements WatermarkOutput {
        final List<Long> watermarks = new ArrayList<>();

        @Override
        public void emitWatermark(Watermark watermark) {
            watermarks.add(watermark.getTimestamp());
        }

        @Override
        public void markIdle() {
        }

        @Override
        public void markActive() {
        }
    }

    private static ArticleMessage at(long timestamp) {
        return new ArticleMessage(timestamp, 0, timestamp, "{}");
    }

    @Test
    void whileArticlesComeTheWatermarkStaysJustBehindTheLatest() {
        TopicOrder order = new TopicOrder();
        Emitted out = new Emitted();
        order.onEvent(at(1000), 1000, out);
        order.onEvent(at(1005), 1005, out);
        order.onPeriodicEmit(out);

        assertEquals(List.of(1004L), out.watermarks);
    }

    @Test
    void aQuietPartitionLetsTheLatestArticleThrough() throws InterruptedException {
        TopicOrder order = new TopicOrder();
        Emitted out = new Emitted();
        order.onEvent(at(1005), 1005, out);
        Thread.sleep(TopicOrder.QUIET_MS + 50);
        order.onPeriodicEmit(out);

        assertEquals(List.of(1005L), out.watermarks);
    }

    @Test
    void theWatermarkNeverGoesBack() {
        TopicOrder order = new TopicOrder();
        Emitted out = new Emitted();
        order.onEvent(at(2000), 2000, out);
        order.onPeriodicEmit(out);
        order.onEvent(at(1500), 1500, out);
        order.onPeriodicEmit(out);

        assertEquals(List.of(1999L), out.watermarks);
    }

    @Test
    void nothingIsClaimedBeforeAnArticleOrTheCatchUpTime() {
        TopicOrder order = new TopicOrder();
        Emitted out = new Emitted();
        order.onPeriodicEmit(out);

        assertEquals(List.of(), out.watermarks);
    }
}
