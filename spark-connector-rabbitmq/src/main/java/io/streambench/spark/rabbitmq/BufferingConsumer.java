package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Delivery;
import io.streambench.api.run.RedactedUri;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A consumer on the driver that keeps its deliveries, in delivery order, until the driver lets go of them: the hand-over
 * between the client's delivery thread and Spark's query thread. Subclasses decide what a delivery becomes and when it
 * is acknowledged; everything they do with the buffer happens under {@link #lock}.
 */
abstract class BufferingConsumer implements AutoCloseable {
    /** A delivery kept in the buffer; {@code arrival} counts deliveries from 0 in the order they came. */
    record Buffered(long deliveryTag, long arrival, QueueMessage message) {
    }

    protected final String uri;
    protected final String queue;
    protected final ReentrantLock lock = new ReentrantLock();
    protected final ArrayDeque<Buffered> buffer = new ArrayDeque<>();
    private final Condition arrived = lock.newCondition();
    private final Channel channel;
    private long arrivals;
    private long lastAcknowledgedTag;
    private String endedBecause;

    protected BufferingConsumer(Connection connection, String uri, String queue, int prefetch) {
        this.uri = uri;
        this.queue = queue;
        this.channel = QueueConnections.openChannel(connection);
        try {
            // Per consumer, not global: stream queues refuse a global prefetch.
            channel.basicQos(prefetch, false);
        } catch (IOException e) {
            QueueConnections.close(channel);
            throw QueueConnections.queueProblem(uri, queue, e);
        }
    }

    /** Starts consuming with manual acknowledgements; called once the subclass is ready for deliveries. */
    protected final void start(Map<String, Object> arguments) {
        try {
            channel.basicConsume(queue, false, arguments, (tag, delivery) -> onDelivery(delivery),
                    tag -> end("the broker cancelled the consumer (was the queue deleted?)"),
                    (tag, shutdown) -> {
                        if (!shutdown.isInitiatedByApplication()) {
                            end("the broker closed the channel: " + QueueConnections.reason(shutdown));
                        }
                    });
        } catch (IOException e) {
            QueueConnections.close(channel);
            throw QueueConnections.queueProblem(uri, queue, e);
        }
    }

    /** Takes one delivery into the buffer (or not), under {@link #lock}, on the client's delivery thread. */
    protected abstract void accept(Delivery delivery);

    private void onDelivery(Delivery delivery) {
        lock.lock();
        try {
            if (endedBecause == null) {
                accept(delivery);
            }
        } catch (RuntimeException e) {
            end("taking a delivery failed: " + e);
        } finally {
            lock.unlock();
        }
    }

    /** Under {@link #lock}. */
    protected final void add(long deliveryTag, QueueMessage message) {
        buffer.add(new Buffered(deliveryTag, arrivals, message));
        arrivals++;
        arrived.signalAll();
    }

    /** Acknowledges every delivery up to {@code deliveryTag}, once; under {@link #lock}, which keeps tags in order. */
    protected final void acknowledgeThrough(long deliveryTag) {
        if (deliveryTag <= lastAcknowledgedTag) {
            return;
        }
        try {
            channel.basicAck(deliveryTag, true);
            lastAcknowledgedTag = deliveryTag;
        } catch (IOException | AlreadyClosedException e) {
            end("acknowledging failed: " + QueueConnections.rootMessage(e));
        }
    }

    protected final void end(String reason) {
        lock.lock();
        try {
            if (endedBecause == null) {
                endedBecause = reason;
            }
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Under {@link #lock}. */
    protected final void failIfEnded() {
        if (endedBecause != null) {
            throw new IllegalStateException("rabbitmq: reading queue '" + queue + "' at " + RedactedUri.of(uri)
                    + " stopped: " + endedBecause);
        }
    }

    /** How many deliveries came so far. */
    final long arrivals() {
        lock.lock();
        try {
            return arrivals;
        } finally {
            lock.unlock();
        }
    }

    /** How many of the kept messages are among the first {@code arrivalLimit} deliveries. */
    final long keptBefore(long arrivalLimit) {
        lock.lock();
        try {
            // The buffer keeps deliveries in arrival order and only ever lets go of its oldest.
            return buffer.isEmpty() ? 0 : Math.max(0, Math.min(buffer.size(), arrivalLimit - buffer.peekFirst().arrival()));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until more than {@code seen} deliveries came, at most {@code timeout}.
     *
     * @return false if none came in time
     * @throws IllegalStateException if the consumer ended (queue deleted, channel closed by the broker)
     */
    final boolean awaitArrivalAfter(long seen, Duration timeout) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (arrivals <= seen) {
                failIfEnded();
                if (remaining <= 0) {
                    return false;
                }
                remaining = arrived.awaitNanos(remaining);
            }
            return true;
        } catch (InterruptedException e) {
            throw Waits.interrupted(e, "waiting for messages from queue '" + queue + "'");
        } finally {
            lock.unlock();
        }
    }

    /** Closes the channel; a classic or quorum queue takes back what was delivered and not acknowledged. */
    @Override
    public void close() {
        QueueConnections.close(channel);
    }
}
