package io.streambench.flink.sink;

import io.streambench.api.result.EmissionCounter;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.WindowResult;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/** A result as a Kafka record keyed by the result key, stamped with the emit time when it is serialized. */
record ResultRecords(String topic, String jobId) implements KafkaRecordSerializationSchema<WindowResult> {
    @Override
    public ProducerRecord<byte[], byte[]> serialize(WindowResult result, KafkaSinkContext context, Long timestamp) {
        EmissionCounter.add(jobId, 1);
        return new ProducerRecord<>(topic, result.key().getBytes(StandardCharsets.UTF_8),
                ResultCodec.encode(result, System.currentTimeMillis()));
    }
}
