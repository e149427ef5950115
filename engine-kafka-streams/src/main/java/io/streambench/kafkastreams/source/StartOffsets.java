package io.streambench.kafkastreams.source;

import io.streambench.api.pipeline.StartPosition;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The source topic's partitions, and where a job without committed offsets starts. Kafka Streams has only {@code auto.offset.reset}, applied when a task
 * first gets its partition, seconds after the start (a rebalance): {@code latest} would then skip what was written in
 * between, and there is no timestamp reset at all. So for {@code latest} and a timestamp the offsets are computed at
 * the start (the end offsets, or the consumer's offsets-for-times: the first message at or after the timestamp, else
 * the end) and committed for the application's consumer group before it joins. A group that has committed offsets
 * (a restart with the same work directory) resumes from them and is left alone.
 */
public final class StartOffsets {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private StartOffsets() {
    }

    /** How many partitions the source topic has. */
    public static int partitions(Admin admin, String topic) {
        try {
            return describe(admin, topic).partitions().size();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("kafka-streams: cannot describe source topic " + topic + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing " + topic, e);
        }
    }

    private static TopicDescription describe(Admin admin, String topic)
            throws ExecutionException, TimeoutException, InterruptedException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .get(topic);
    }

    /** Commits the start offsets of {@code topic} for {@code groupId} unless it has offsets or starts at earliest. */
    public static void commitIfFresh(Admin admin, String groupId, String topic, StartPosition start) {
        if (start.kind() == StartPosition.Kind.EARLIEST) {
            return;
        }
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (committed != null && committed.values().stream().anyMatch(offset -> offset != null)) {
                return;
            }
            Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            describe(admin, topic).partitions().forEach(partition -> {
                TopicPartition topicPartition = new TopicPartition(topic, partition.partition());
                ends.put(topicPartition, OffsetSpec.latest());
                wanted.put(topicPartition, start.kind() == StartPosition.Kind.LATEST ? OffsetSpec.latest()
                        : OffsetSpec.forTimestamp(start.timestamp().toEpochMilli()));
            });
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found = admin.listOffsets(wanted).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> endOffsets = admin.listOffsets(ends).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            found.forEach((partition, info) -> offsets.put(partition, new OffsetAndMetadata(
                    info.offset() >= 0 ? info.offset() : endOffsets.get(partition).offset())));
            admin.alterConsumerGroupOffsets(groupId, offsets).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("kafka-streams: cannot set the start offsets (" + start + ") of " + topic
                    + " for " + groupId + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting the start offsets of " + topic, e);
        }
    }
}
