package io.streambench.kafka;

import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.BrokerConnection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads every partition of one topic from a start position. It assigns the partitions itself (no consumer group, no
 * committed offsets), so that any number of readers see the whole topic independently.
 */
final class KafkaEventReader implements EventReader {
    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaConsumer<byte[], byte[]> consumer;

    KafkaEventReader(BrokerConnection.Kafka connection, String topic, List<Integer> partitions, StartPosition from) {
        this.consumer = new KafkaConsumer<>(KafkaClientProperties.consumer(connection));
        try {
            List<TopicPartition> assigned = partitions.stream().map(partition -> new TopicPartition(topic, partition)).toList();
            consumer.assign(assigned);
            seek(assigned, from);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    private void seek(List<TopicPartition> partitions, StartPosition from) {
        switch (from.kind()) {
            case EARLIEST -> consumer.seekToBeginning(partitions);
            case LATEST -> consumer.seekToEnd(partitions);
            case TIMESTAMP -> seekToTime(partitions, from.timestamp().toEpochMilli());
        }
        // Seeks are lazy; looking the positions up now makes "latest" mean the end at the time the reader opened.
        partitions.forEach(partition -> consumer.position(partition, LOOKUP_TIMEOUT));
    }

    private void seekToTime(List<TopicPartition> partitions, long epochMillis) {
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(
                partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> epochMillis)), LOOKUP_TIMEOUT);
        List<TopicPartition> nothingSinceThen = new ArrayList<>();
        found.forEach((partition, offset) -> {
            if (offset == null) {
                nothingSinceThen.add(partition);
            } else {
                consumer.seek(partition, offset.offset());
            }
        });
        if (!nothingSinceThen.isEmpty()) {
            // seekToEnd of no partitions would move every assigned partition to its end
            consumer.seekToEnd(nothingSinceThen);
        }
    }

    @Override
    public List<ReadMessage> poll(Duration timeout) {
        List<ReadMessage> messages = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(timeout)) {
            String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
            messages.add(new ReadMessage(key, record.value(), record.partition(), record.offset(), record.timestamp()));
        }
        return messages;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
