package org.sitrep.flink;

import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/** Writes an {@link EventMessage} to the events topic: the event id as the key, so a compacted topic keeps each event's latest. */
final class EventMessages implements KafkaRecordSerializationSchema<EventMessage> {
    private static final long serialVersionUID = 1L;

    private final String topic;

    EventMessages(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(EventMessage event, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(topic, event.eventId.getBytes(StandardCharsets.UTF_8),
                event.json.getBytes(StandardCharsets.UTF_8));
    }
}
