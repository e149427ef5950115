package io.streambench.kafka;

import io.streambench.api.broker.ConsumerRate;
import io.streambench.api.json.Json;
import io.streambench.api.run.BrokerConnection;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.AppInfoParser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Reads a topic from its beginning with a plain consumer as fast as it goes, timed as an engine's drain is: from the
 * first record read to the last. A main of its own, so that it runs on whichever class path is given and reads with
 * that class path's kafka-clients: an engine's (Flink's and Spark's connectors leave fetch sizes at their client's
 * defaults, so the client's version and the cell's client properties are what they read with) or the newest.
 * Prints the reading as one JSON line.
 */
public final class RawConsumerRate {
    private static final Duration POLL = Duration.ofMillis(200);

    private RawConsumerRate() {
    }

    /** Arguments: the connection as a JSON file, the topic, the messages to read, the timeout in seconds. */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: RawConsumerRate <connection.json> <topic> <messages> <timeout-seconds>");
            System.exit(2);
        }
        BrokerConnection.Kafka connection = Json.readFile(Path.of(args[0]), BrokerConnection.Kafka.class);
        ConsumerRate reading = read(connection, args[1], Long.parseLong(args[2]),
                Duration.ofSeconds(Long.parseLong(args[3])));
        System.out.println(Json.toJson(reading));
    }

    static ConsumerRate read(BrokerConnection.Kafka connection, String topic, long messages, Duration timeout) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(KafkaClientProperties.consumer(connection))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            long read = 0;
            long firstBatch = 0;
            long first = 0;
            long last = 0;
            while (read < messages) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("read " + read + " of " + messages + " messages of " + topic
                            + " within " + timeout.toSeconds() + " s");
                }
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    last = System.nanoTime();
                    if (read == 0) {
                        first = last;
                        firstBatch = records.count();
                    }
                    read += records.count();
                }
            }
            // The first batch arrived at the start of the clock: what is timed is everything after it.
            return new ConsumerRate("kafka-clients " + AppInfoParser.getVersion(), read - firstBatch,
                    (last - first) / 1e9);
        }
    }
}
