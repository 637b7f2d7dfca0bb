package org.sitrep.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.model.EventWriter;
import org.sitrep.store.EventStore;
import org.sitrep.store.ReportPart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The writer of some countries (the key is the ISO3 code): stores each part with
 * {@link EventStore#addPart}, which merges it with the country's stored events by the store's own
 * rules, in the articles' topic order, and sends every event the part created or changed, as now
 * stored, to the events topic.
 *
 * <p>Parts wait in keyed state until the watermark ({@link TopicOrder}) says every earlier article
 * has been coded, since the coders finish in any order. The state is in every checkpoint; a part
 * stored after the last checkpoint is given again after a restore, and {@code addPart} then writes
 * nothing but names its events, which go out again: the events topic may see such a change twice,
 * the second time with the event as it is stored by then.
 */
final class StoreInTopicOrder extends KeyedProcessFunction<String, CodedPart, EventMessage> {
    private static final long serialVersionUID = 1L;

    private static final Comparator<CodedPart> TOPIC_ORDER = Comparator.<CodedPart>comparingInt(p -> p.partition)
            .thenComparingLong(p -> p.offset);

    private final String jdbcUrl;
    private transient EventStore store;
    private transient MapState<Long, List<CodedPart>> waiting;

    StoreInTopicOrder(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public void open(OpenContext context) {
        store = EventStore.open(jdbcUrl, null);
        waiting = getRuntimeContext().getMapState(new MapStateDescriptor<>("parts-by-timestamp", Types.LONG,
                Types.LIST(TypeInformation.of(CodedPart.class))));
    }

    @Override
    public void processElement(CodedPart part, Context context, Collector<EventMessage> out) throws Exception {
        if (part.timestamp <= context.timerService().currentWatermark()) {
            // late: its partition was idle, or its producer's clock went back; stored as it comes
            store(part, out);
            return;
        }
        List<CodedPart> same = waiting.get(part.timestamp);
        List<CodedPart> parts = same == null ? new ArrayList<>() : new ArrayList<>(same);
        parts.add(part);
        waiting.put(part.timestamp, parts);
        context.timerService().registerEventTimeTimer(part.timestamp);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<EventMessage> out) throws Exception {
        List<CodedPart> parts = waiting.get(timestamp);
        if (parts == null) return;
        List<CodedPart> ordered = new ArrayList<>(parts);
        ordered.sort(TOPIC_ORDER);
        for (CodedPart part : ordered) store(part, out);
        waiting.remove(timestamp);
    }

    private void store(CodedPart part, Collector<EventMessage> out) {
        EventStore.Report report = store.addPart(ReportPart.fromJson(part.part));
        for (String id : report.eventIds()) {
            store.event(id).ifPresent(e -> out.collect(new EventMessage(id, EventWriter.json(e, false))));
        }
    }

    @Override
    public void close() {
        if (store != null) store.close();
    }
}
