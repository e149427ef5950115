package io.streambench.sinks;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a result topic from its beginning, committed records only (exactly-once writers use transactions). Each
 * {@link #poll} adds what arrived; {@link #all} gives every result read so far in order of visibility.
 */
public final class ResultTopicReader implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<ObservedResult> results = new ArrayList<>();
    private final String topic;

    public ResultTopicReader(String bootstrapServers, Map<String, String> clientProperties, String topic) {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer = new KafkaConsumer<>(properties);
        this.topic = topic;
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo partition : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
            partitions.add(new TopicPartition(topic, partition.partition()));
        }
        if (partitions.isEmpty()) {
            consumer.close();
            throw new IllegalStateException("result topic '" + topic + "' does not exist at " + bootstrapServers);
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads what is there now (waiting at most {@code timeout} for the first records). */
    public ResultTopicReader poll(Duration timeout) {
        boolean any = true;
        Duration wait = timeout;
        while (any) {
            any = false;
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(wait)) {
                results.add(ResultCodec.decode(record.value(), record.timestamp()));
                any = true;
            }
            wait = Duration.ofMillis(50);
        }
        return this;
    }

    /** Every result read so far; records of one key keep their order (one partition), the rest by visibility. */
    public List<ObservedResult> all() {
        List<ObservedResult> ordered = new ArrayList<>(results);
        ordered.sort(Comparator.comparingLong(ObservedResult::visibleTime));
        return ordered;
    }

    public String topic() {
        return topic;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
