package io.streambench.sinks;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a result topic from its beginning, committed records only (exactly-once writers use transactions). Each
 * {@link #poll} adds what arrived; {@link #all} gives every result read so far in order of visibility. Reading and
 * {@link #all} may run on different threads.
 */
public final class ResultTopicReader implements AutoCloseable {
    /** Which time a result is stamped with as the time it became visible. */
    public enum Stamping {
        /**
         * The record's timestamp, the broker's log-append time (a result topic's timestamp type): a record written
         * outside a transaction is readable from its append on.
         */
        LOG_APPEND_TIME,
        /**
         * This process's clock when the record arrived: a record written in a transaction is appended, and gets its
         * timestamp, before the commit that lets read_committed readers see it.
         */
        RECEIPT
    }

    /** The broker answers an empty fetch after this; a receipt stamp must not wait for a long poll to end. */
    private static final int PROMPT_FETCH_WAIT_MILLIS = 10;

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final List<ObservedResult> results = new ArrayList<>();
    private final String topic;
    private final Stamping stamping;

    public ResultTopicReader(String bootstrapServers, Map<String, String> clientProperties, String topic,
                             Stamping stamping) {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        if (stamping == Stamping.RECEIPT) {
            properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, PROMPT_FETCH_WAIT_MILLIS);
        }
        this.consumer = new KafkaConsumer<>(properties);
        this.topic = topic;
        this.stamping = stamping;
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
        Duration wait = timeout;
        while (pollOnce(wait) > 0) {
            wait = Duration.ofMillis(50);
        }
        return this;
    }

    /**
     * Reads every record committed when this is called: a single short poll may come back empty while the consumer
     * refreshes its connection, though the records are there.
     *
     * @throws IllegalStateException if they are not all read within {@code timeout}
     */
    public ResultTopicReader readToEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            Map<TopicPartition, Long> end = committedEnd(timeout);
            while (!hasRead(end, timeout)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("result topic '" + topic + "': the committed records were not all "
                            + "read within " + timeout.toSeconds() + " s");
                }
                pollOnce(Duration.ofMillis(100));
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("result topic '" + topic + "': no answer from the broker within "
                    + timeout.toSeconds() + " s", e);
        }
        return this;
    }

    /** One poll of the consumer (waiting at most {@code timeout}); returns how many results it brought. */
    int pollOnce(Duration timeout) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(timeout);
        long receivedAt = System.currentTimeMillis();
        List<ObservedResult> read = new ArrayList<>(records.count());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            long visibleTime = stamping == Stamping.RECEIPT ? receivedAt : record.timestamp();
            read.add(ResultCodec.decode(record.value(), visibleTime));
        }
        synchronized (results) {
            results.addAll(read);
        }
        return read.size();
    }

    /** Where each partition's committed records end now (a read_committed consumer's end is the last stable offset). */
    Map<TopicPartition, Long> committedEnd(Duration timeout) {
        return consumer.endOffsets(partitions, timeout);
    }

    /** Whether every record before {@code end} has been read. */
    boolean hasRead(Map<TopicPartition, Long> end, Duration timeout) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey(), timeout) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Every result read so far; records of one key keep their order (one partition), the rest by visibility. */
    public List<ObservedResult> all() {
        List<ObservedResult> ordered;
        synchronized (results) {
            ordered = new ArrayList<>(results);
        }
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
