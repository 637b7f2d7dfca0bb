package org.sitrep.flink;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;

/** Reads a Kafka record of the articles topic as an {@link ArticleMessage}, keeping its timestamp, partition and offset. */
final class ArticleMessages implements KafkaRecordDeserializationSchema<ArticleMessage> {
    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<ArticleMessage> out) {
        String json = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        out.collect(new ArticleMessage(record.timestamp(), record.partition(), record.offset(), json));
    }

    @Override
    public TypeInformation<ArticleMessage> getProducedType() {
        return TypeInformation.of(ArticleMessage.class);
    }
}
