package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A short-lived consumer of a stream queue that keeps no messages, only what their offsets say: the first one it
 * received, the highest, and when the last came. It acknowledges each delivery, which on a stream only gives credit.
 */
final class StreamProbe implements AutoCloseable {
    private static final int PREFETCH = 1_000;

    private final Channel channel;
    private final long startedNanos = System.nanoTime();
    private volatile long first = -1;
    private volatile long highest = -1;
    private volatile long lastArrivalNanos = startedNanos;

    private StreamProbe(Channel channel) {
        this.channel = channel;
    }

    /** @param position an {@code x-stream-offset} value: {@code "next"}, {@code "last"}, a {@link java.util.Date} */
    static StreamProbe attach(Connection connection, String uri, String queue, Object position) {
        Channel channel = QueueConnections.openChannel(connection);
        StreamProbe probe = new StreamProbe(channel);
        try {
            channel.basicQos(PREFETCH, false);
            channel.basicConsume(queue, false, Map.of(StreamOffsets.HEADER, position), (tag, delivery) -> {
                OptionalLong offset = StreamOffsets.of(delivery);
                if (offset.isPresent()) {
                    probe.record(offset.getAsLong());
                }
                channel.basicAck(delivery.getEnvelope().getDeliveryTag(), true);
            }, tag -> {
            });
            return probe;
        } catch (IOException e) {
            QueueConnections.close(channel);
            throw QueueConnections.queueProblem(uri, queue, e);
        }
    }

    private void record(long offset) {
        if (first < 0) {
            first = offset;
        }
        highest = Math.max(highest, offset);
        lastArrivalNanos = System.nanoTime();
    }

    OptionalLong first() {
        long value = first;
        return value < 0 ? OptionalLong.empty() : OptionalLong.of(value);
    }

    OptionalLong highest() {
        long value = highest;
        return value < 0 ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** Whether nothing came for {@code quiet}, counting from when the probe attached if nothing came at all. */
    boolean quietFor(Duration quiet) {
        return System.nanoTime() - lastArrivalNanos >= quiet.toNanos();
    }

    Duration age() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    @Override
    public void close() {
        QueueConnections.close(channel);
    }
}
