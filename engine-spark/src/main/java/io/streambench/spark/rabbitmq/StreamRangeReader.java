package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Delivery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the messages with {@code from <= offset < until} from a stream queue, in offset order, on a channel of its own:
 * a replayed micro-batch, or a part of a batch read. It stops at the first offset at or beyond {@code until - 1}, so a
 * range whose last offsets hold no message still ends, as long as the stream goes on past it (the end of a range is
 * always the offset of a message, plus one, or the end of the stream where the next message will be written).
 */
final class StreamRangeReader implements AutoCloseable {
    private static final int PREFETCH = 1_000;
    private static final long POLL_MILLIS = 100;

    private final String uri;
    private final String queue;
    private final long from;
    private final long until;
    private final Channel channel;
    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
    private volatile String endedBecause;
    private boolean done;

    private StreamRangeReader(String uri, String queue, long from, long until, Channel channel) {
        this.uri = uri;
        this.queue = queue;
        this.from = from;
        this.until = until;
        this.channel = channel;
        this.done = until <= from;
    }

    static StreamRangeReader open(Connection connection, String uri, String queue, long from, long until) {
        Channel channel = QueueConnections.openChannel(connection);
        StreamRangeReader reader = new StreamRangeReader(uri, queue, from, until, channel);
        if (reader.done) {
            return reader;
        }
        try {
            channel.basicQos(PREFETCH, false);
            channel.basicConsume(queue, false, StreamOffsets.attachAt(from), (tag, delivery) -> reader.deliveries.add(delivery),
                    tag -> reader.endedBecause = "the broker cancelled the consumer (was the queue deleted?)",
                    (tag, shutdown) -> {
                        if (!shutdown.isInitiatedByApplication()) {
                            reader.endedBecause = "the broker closed the channel: " + QueueConnections.reason(shutdown);
                        }
                    });
            return reader;
        } catch (IOException e) {
            QueueConnections.close(channel);
            throw QueueConnections.queueProblem(uri, queue, e);
        }
    }

    /** Everything in the range, on the given connection. */
    static List<QueueMessage> readAll(Connection connection, String uri, String queue, long from, long until) {
        try (StreamRangeReader reader = open(connection, uri, queue, from, until)) {
            List<QueueMessage> messages = new ArrayList<>();
            for (QueueMessage message = reader.next(); message != null; message = reader.next()) {
                messages.add(message);
            }
            return messages;
        }
    }

    /**
     * The next message of the range, or null after its last.
     *
     * @throws IllegalStateException if the stream delivers nothing for {@link Waits#STALLED}, or the channel ends
     */
    QueueMessage next() {
        while (!done) {
            Delivery delivery = poll();
            acknowledge(delivery);
            OptionalLong offset = StreamOffsets.of(delivery);
            if (offset.isEmpty()) {
                throw new IllegalStateException("rabbitmq queue '" + queue + "' at " + RedactedUri.of(uri)
                        + " is not a stream queue: its deliveries carry no " + StreamOffsets.HEADER + " header");
            }
            long at = offset.getAsLong();
            done = at >= until - 1;
            if (at >= from && at < until) {
                return QueueMessage.of(at, delivery);
            }
        }
        return null;
    }

    private Delivery poll() {
        long deadline = System.nanoTime() + Waits.STALLED.toNanos();
        try {
            while (true) {
                Delivery delivery = deliveries.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (delivery != null) {
                    return delivery;
                }
                if (endedBecause != null) {
                    throw new IllegalStateException("rabbitmq: reading offsets " + from + " to " + until
                            + " of stream queue '" + queue + "' at " + RedactedUri.of(uri) + " stopped: " + endedBecause);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("rabbitmq stream queue '" + queue + "' at " + RedactedUri.of(uri)
                            + " delivered nothing for " + Waits.STALLED.toSeconds() + " s while reading offsets " + from
                            + " to " + until + " (were they removed by the stream's retention?)");
                }
            }
        } catch (InterruptedException e) {
            throw Waits.interrupted(e, "reading stream queue '" + queue + "'");
        }
    }

    /** On a stream an acknowledgement only gives credit for the next deliveries. */
    private void acknowledge(Delivery delivery) {
        try {
            channel.basicAck(delivery.getEnvelope().getDeliveryTag(), true);
        } catch (IOException e) {
            throw QueueConnections.queueProblem(uri, queue, e);
        }
    }

    @Override
    public void close() {
        QueueConnections.close(channel);
    }
}
