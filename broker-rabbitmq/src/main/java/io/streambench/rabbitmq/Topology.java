package io.streambench.rabbitmq;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.streambench.api.run.QueueType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * Exchanges, queues and bindings. A stream is a durable topic exchange and a durable queue of the same name (AMQP
 * keeps exchanges and queues apart) bound with {@code #}: writers publish to the exchange with routing keys from
 * {@link RoutingKeys}, readers and engines consume the queue, and more queues can be bound to a narrower pattern.
 * Each operation uses its own channel, since a failed one closes its channel.
 */
public final class Topology {
    public static final String EVERYTHING = "#";
    private static final String QUEUE_TYPE_ARGUMENT = "x-queue-type";
    private static final Duration AVAILABILITY_POLL = Duration.ofMillis(100);

    private final Connection connection;
    private final QueueType queueType;

    Topology(Connection connection, QueueType queueType) {
        this.connection = connection;
        this.queueType = queueType;
    }

    public QueueType queueType() {
        return queueType;
    }

    /** Creates (or finds as it is) the exchange and queue of a stream and binds them with {@code #}. */
    public void createStream(String stream) {
        run("create stream '" + stream + "'", channel -> {
            channel.exchangeDeclare(stream, BuiltinExchangeType.TOPIC, true);
            declareQueue(channel, stream);
            channel.queueBind(stream, stream, EVERYTHING);
        });
    }

    /** Deletes the queue and the exchange of a stream; either may already be gone. */
    public void deleteStream(String stream) {
        run("delete stream '" + stream + "'", channel -> {
            channel.queueDelete(stream);
            channel.exchangeDelete(stream);
        });
    }

    /** A further queue of this broker's type bound to a stream's exchange, receiving only what matches the pattern. */
    public void declareBoundQueue(String queue, String stream, String bindingPattern) {
        run("bind queue '" + queue + "' to '" + stream + "' with '" + bindingPattern + "'", channel -> {
            declareQueue(channel, queue);
            channel.queueBind(queue, stream, bindingPattern);
        });
    }

    public void deleteQueue(String queue) {
        run("delete queue '" + queue + "'", channel -> channel.queueDelete(queue));
    }

    /** Messages ready in a classic or quorum queue. */
    public long messageCount(String queue) {
        long[] count = new long[1];
        run("count the messages of queue '" + queue + "'",
                channel -> count[0] = channel.queueDeclarePassive(queue).getMessageCount());
        return count[0];
    }

    /**
     * Waits until each queue can be used again after the server started: its members come back a little after the
     * node accepts connections, and until then the server says a queue's home node is down.
     *
     * @throws UncheckedIOException naming the first queue still unavailable at the deadline
     */
    public void awaitAvailable(Collection<String> queues, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String queue : queues) {
            while (true) {
                try {
                    run("find queue '" + queue + "'", channel -> channel.queueDeclarePassive(queue));
                    break;
                } catch (UncheckedIOException unavailable) {
                    if (System.nanoTime() > deadline) {
                        throw new UncheckedIOException("rabbitmq: queue '" + queue + "' is not available "
                                + timeout.toSeconds() + " s after the server started: "
                                + unavailable.getMessage(), unavailable.getCause());
                    }
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(AVAILABILITY_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for queues to come back", e);
        }
    }

    private void declareQueue(Channel channel, String queue) throws IOException {
        // Stream and quorum queues must be durable and neither exclusive nor auto-deleted; classic ones are durable
        // too, so that every queue type keeps persistent messages alike.
        channel.queueDeclare(queue, true, false, false, Map.of(QUEUE_TYPE_ARGUMENT, queueType.wireName()));
    }

    private void run(String what, ChannelAction action) {
        Channel channel = Channels.open(connection);
        try {
            action.run(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("rabbitmq: cannot " + what + ": " + Channels.reason(e), e);
        } finally {
            if (channel.isOpen()) {
                Channels.close(channel);
            }
        }
    }

    @FunctionalInterface
    private interface ChannelAction {
        void run(Channel channel) throws IOException;
    }
}
