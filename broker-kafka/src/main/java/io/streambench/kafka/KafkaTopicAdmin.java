package io.streambench.kafka;

import io.streambench.api.run.BrokerConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Topics of one Kafka cluster: create, delete, and where their partitions end or reach a point in time. Every call
 * waits at most {@value #TIMEOUT_SECONDS} s.
 */
public final class KafkaTopicAdmin implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 30;
    private static final Duration TIMEOUT = Duration.ofSeconds(TIMEOUT_SECONDS);
    private static final long POLL_MILLIS = 50;
    private static final String LOG_APPEND_TIME = "LogAppendTime";

    private final Admin admin;

    public KafkaTopicAdmin(BrokerConnection.Kafka connection) {
        this.admin = Admin.create(KafkaClientProperties.admin(connection));
    }

    /**
     * Creates a topic with the cluster's default replication and returns once every partition's leader serves it. Its
     * record timestamps are the broker's append times, so that a timestamp says when the broker took a message.
     */
    public void createTopic(String topic, int partitions) {
        NewTopic newTopic = new NewTopic(topic, Optional.of(partitions), Optional.empty())
                .configs(Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, LOG_APPEND_TIME));
        try {
            await(admin.createTopics(List.of(newTopic)).all(), "create topic '" + topic + "'");
        } catch (KafkaAdminException e) {
            if (e.getCause() instanceof TopicExistsException) {
                throw new IllegalArgumentException("kafka topic '" + topic + "' already exists", e);
            }
            throw e;
        }
        awaitServing(topic, partitions);
    }

    /**
     * Creates a one-partition topic with log-append time unless it exists, and checks that an existing one keeps the
     * broker's append time too.
     *
     * @throws IllegalStateException if the topic exists with another timestamp type
     */
    public void ensureLogAppendTimeTopic(String topic) {
        try {
            createTopic(topic, 1);
        } catch (IllegalArgumentException alreadyExists) {
            String type = timestampType(topic);
            if (!LOG_APPEND_TIME.equals(type)) {
                throw new IllegalStateException("kafka topic '" + topic + "' exists with "
                        + TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG + "=" + type + ", but its record timestamps must be "
                        + "the broker's append times (" + LOG_APPEND_TIME + "): delete it and streambench creates it again");
            }
        }
    }

    /** Deletes a topic; a topic that does not exist is left as it is. */
    public void deleteTopic(String topic) {
        try {
            await(admin.deleteTopics(List.of(topic)).all(), "delete topic '" + topic + "'");
        } catch (KafkaAdminException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                throw e;
            }
        }
    }

    /** The partition numbers of a topic, in order. */
    public List<Integer> partitions(String topic) {
        return describe(topic).partitions().stream().map(TopicPartitionInfo::partition).sorted().toList();
    }

    /** Per partition, the offset the next message written will get. */
    public SortedMap<Integer, Long> endOffsets(String topic) {
        return offsets(topic, partition -> OffsetSpec.latest(), "end offsets");
    }

    /**
     * Per partition, the offset of the first message the broker took at or after {@code timestamp}; the end offset
     * where there is none yet, which is where a reader starting at that time begins.
     */
    public SortedMap<Integer, Long> offsetsForTimestamp(String topic, Instant timestamp) {
        SortedMap<Integer, Long> found = offsets(topic, partition -> OffsetSpec.forTimestamp(timestamp.toEpochMilli()),
                "offsets for " + timestamp);
        if (found.values().stream().noneMatch(offset -> offset < 0)) {
            return found;
        }
        SortedMap<Integer, Long> ends = endOffsets(topic);
        found.replaceAll((partition, offset) -> offset < 0 ? ends.get(partition) : offset);
        return found;
    }

    @Override
    public void close() {
        admin.close(TIMEOUT);
    }

    private SortedMap<Integer, Long> offsets(String topic, Function<Integer, OffsetSpec> spec, String what) {
        Map<TopicPartition, OffsetSpec> request = partitions(topic).stream()
                .collect(Collectors.toMap(partition -> new TopicPartition(topic, partition), spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer =
                await(admin.listOffsets(request).all(), what + " of topic '" + topic + "'");
        SortedMap<Integer, Long> offsets = new TreeMap<>();
        answer.forEach((partition, info) -> offsets.put(partition.partition(), info.offset()));
        return offsets;
    }

    private String timestampType(String topic) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = await(admin.describeConfigs(List.of(resource)).all(), "describe the configuration of topic '"
                + topic + "'").get(resource);
        ConfigEntry type = config == null ? null : config.get(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG);
        return type == null ? "(unknown)" : type.value();
    }

    private TopicDescription describe(String topic) {
        try {
            return await(admin.describeTopics(List.of(topic)).allTopicNames(), "describe topic '" + topic + "'").get(topic);
        } catch (KafkaAdminException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new IllegalArgumentException("kafka topic '" + topic + "' does not exist", e);
            }
            throw e;
        }
    }

    /**
     * A new topic is known to the controller before its partitions are led, and a broker can show a leader in its
     * metadata before that leader serves the partition. A producer that writes then can lose its first batch for good:
     * it is refused, a later batch is taken, and every retry of the first is out of sequence (KAFKA-15591, fixed after
     * Kafka 4.1). So this waits until every partition's leader answers a ListOffsets request, which only a serving
     * leader does.
     */
    private void awaitServing(String topic, int partitions) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            RuntimeException notYetServing;
            try {
                int serving = endOffsets(topic).size();
                if (serving == partitions) {
                    return;
                }
                notYetServing = new IllegalStateException("the broker knows " + serving + " of them");
            } catch (IllegalStateException | IllegalArgumentException e) {
                notYetServing = e;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("kafka topic '" + topic + "' is not served by a leader for all of its "
                        + partitions + " partitions " + TIMEOUT_SECONDS + " s after it was created", notYetServing);
            }
            sleep(POLL_MILLIS);
        }
    }

    private static <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new KafkaAdminException("kafka: cannot " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaAdminException("kafka: could not " + what + " within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaAdminException("kafka: interrupted while waiting to " + what, e);
        }
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** An admin call that failed or took too long; the cause is Kafka's own error. */
    static final class KafkaAdminException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        KafkaAdminException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
