package io.streambench.rabbitmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.impl.ClientVersion;
import io.streambench.api.broker.ConsumerRate;
import io.streambench.api.broker.EventReader;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.QueueType;

import java.time.Duration;

/**
 * Reads a stream queue from its first message as fast as an AMQP 0-9-1 consumer goes, timed as an engine's drain is:
 * from the first message read to the last. It runs in the bench's process: both engines read RabbitMQ with the
 * amqp-client version the bench has.
 */
final class StreamQueueConsumerRate {
    private static final Duration POLL = Duration.ofMillis(200);

    private StreamQueueConsumerRate() {
    }

    static ConsumerRate read(Connection connection, String queue, QueueType type, long messages,
                             Duration timeout) {
        if (!type.isReplayable()) {
            throw new UnsupportedOperationException("reading a " + type + " queue consumes it: the engine would find it"
                    + " empty");
        }
        try (EventReader reader = RabbitMqEventReader.open(connection, queue, type, StartPosition.earliest())) {
            long deadline = System.nanoTime() + timeout.toNanos();
            long read = 0;
            long firstBatch = 0;
            long first = 0;
            long last = 0;
            while (read < messages) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("read " + read + " of " + messages + " messages of " + queue
                            + " within " + timeout.toSeconds() + " s");
                }
                int got = reader.poll(POLL).size();
                if (got > 0) {
                    last = System.nanoTime();
                    if (read == 0) {
                        first = last;
                        firstBatch = got;
                    }
                    read += got;
                }
            }
            // The first batch arrived at the start of the clock: what is timed is everything after it.
            return new ConsumerRate("amqp-client " + ClientVersion.VERSION, read - firstBatch, (last - first) / 1e9);
        }
    }
}
