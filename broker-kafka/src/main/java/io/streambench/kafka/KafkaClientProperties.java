package io.streambench.kafka;

import io.streambench.api.run.BrokerConnection;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The configuration of every client this module opens: our defaults, then the connection's pass-through properties
 * (SASL, TLS, tuning), then what the code relies on (the address and the byte-array (de)serializers).
 */
final class KafkaClientProperties {
    /** Set by this module itself; a pass-through property may not change them. */
    static final Set<String> RESERVED = Set.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);

    /**
     * How the writer batches; {@link LoaderThroughputCheck} gives ProducerPerformance the same settings. Linger stays
     * at Kafka's default of 5 ms because latency is measured from the intended send time, so at low rates every event
     * waits up to linger.ms in the producer. At high rates batches fill up before that, so their size decides the
     * requests per record (Kafka's default is 16 KiB); on this two-core machine 16 to 256 KiB made no difference that
     * stood out of the noise, and 128 KiB leaves room for faster ones. No compression: on two cores it costs the
     * producer and the broker CPU, and ProducerPerformance's random payloads compress far worse than JSON, which would
     * make the comparison unfair.
     * Idempotence (the default) keeps each user's events in order across retries.
     */
    static final Map<String, String> PRODUCER_TUNING = Map.of(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.LINGER_MS_CONFIG, "5",
            ProducerConfig.BATCH_SIZE_CONFIG, "131072",
            ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");

    private KafkaClientProperties() {
    }

    static Map<String, Object> admin(BrokerConnection.Kafka connection) {
        return merge(Map.of(), connection, Map.of());
    }

    /** The writer's producer: {@link #PRODUCER_TUNING}, the pass-through properties, byte arrays for key and value. */
    static Map<String, Object> producer(BrokerConnection.Kafka connection) {
        return merge(PRODUCER_TUNING, connection, Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    /**
     * The producer {@link BrokerClock} probes the broker's clock with: every send goes out at once and is acknowledged
     * by the leader alone, so that the round trip, the uncertainty of the reading, stays short; every wait is bounded.
     * The pass-through properties still apply (security, and any of these a cluster needs otherwise).
     */
    static Map<String, Object> clockProbe(BrokerConnection.Kafka connection, Duration timeout) {
        int timeoutMillis = (int) timeout.toMillis();
        return merge(Map.of(
                ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false",
                ProducerConfig.LINGER_MS_CONFIG, "0",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, Integer.toString(timeoutMillis),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(timeoutMillis),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(timeoutMillis)), connection, Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    /**
     * A reader's consumer. No group: readers assign partitions themselves and commit nothing. Read committed, so that
     * what a transactional (exactly-once) writer aborted is never counted as a result.
     */
    static Map<String, Object> consumer(BrokerConnection.Kafka connection) {
        return merge(Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), connection, Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
    }

    private static Map<String, Object> merge(Map<String, String> defaults, BrokerConnection.Kafka connection,
                                             Map<String, String> fixed) {
        Map<String, Object> properties = new HashMap<>(defaults);
        properties.putAll(connection.clientProperties());
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, connection.bootstrapServers());
        properties.putAll(fixed);
        return properties;
    }
}
