package io.streambench.flink.source;

import io.streambench.flink.model.SourceRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Turns every Kafka record into a {@link SourceRecord}; never throws, so one bad message cannot stop the job. */
final class KafkaRecordDecoder implements KafkaRecordDeserializationSchema<SourceRecord> {
    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<SourceRecord> out) {
        out.collect(SourceRecord.decode(record.value(), record.partition(), record.offset()));
    }

    @Override
    public TypeInformation<SourceRecord> getProducedType() {
        return TypeInformation.of(SourceRecord.class);
    }
}
