package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Delivery;
import io.streambench.api.run.QueueType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The driver's consumer of a classic or quorum queue. Each delivery gets the next sequence number and stays in the
 * buffer, unacknowledged, until the micro-batch holding it is committed: acknowledging is what removes a message from
 * such a queue, so what was not committed goes back to the queue when the channel closes (at-least-once). The prefetch
 * bounds the buffer: the broker sends no more than {@link #PREFETCH} unacknowledged messages.
 */
final class ConsumedQueueConsumer extends BufferingConsumer {
    static final int PREFETCH = 10_000;

    private long nextSequence;

    private ConsumedQueueConsumer(Connection connection, String uri, String queue, long firstSequence) {
        super(connection, uri, queue, PREFETCH);
        this.nextSequence = firstSequence;
    }

    static ConsumedQueueConsumer attach(Connection connection, String uri, String queue, long firstSequence) {
        ConsumedQueueConsumer consumer = new ConsumedQueueConsumer(connection, uri, queue, firstSequence);
        consumer.start(Map.of());
        return consumer;
    }

    @Override
    protected void accept(Delivery delivery) {
        if (StreamOffsets.of(delivery).isPresent()) {
            end("it is a stream queue (its deliveries carry " + QueueType.STREAM_OFFSET + "): pass queueType=stream");
            return;
        }
        add(delivery.getEnvelope().getDeliveryTag(), QueueMessage.of(nextSequence++, delivery));
    }

    /**
     * The kept messages with {@code from <= sequence < until} among the first {@code arrivalLimit} deliveries, at most
     * {@code max}, in delivery order.
     */
    List<QueueMessage> messages(long from, long until, long max, long arrivalLimit) {
        lock.lock();
        try {
            failIfEnded();
            List<QueueMessage> messages = new ArrayList<>();
            for (Buffered buffered : buffer) {
                long sequence = buffered.message().offset();
                if (sequence >= until || buffered.arrival() >= arrivalLimit || messages.size() >= max) {
                    break;
                }
                if (sequence >= from) {
                    messages.add(buffered.message());
                }
            }
            return messages;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Acknowledges, and so removes from the queue for good, the messages below {@code sequence}; Spark has committed
     * the batches that hold them.
     */
    void acknowledgeBefore(long sequence) {
        lock.lock();
        try {
            long lastTag = -1;
            while (!buffer.isEmpty() && buffer.peekFirst().message().offset() < sequence) {
                lastTag = buffer.removeFirst().deliveryTag();
            }
            if (lastTag >= 0) {
                acknowledgeThrough(lastTag);
            }
            if (buffer.isEmpty()) {
                nextSequence = Math.max(nextSequence, sequence);
            }
            failIfEnded();
        } finally {
            lock.unlock();
        }
    }

    /** Whether every message with {@code from <= sequence < until} is kept here. */
    boolean holds(long from, long until) {
        lock.lock();
        try {
            return retainedFrom() <= from && nextSequence >= until;
        } finally {
            lock.unlock();
        }
    }

    /** The lowest sequence number still kept (or the next to be given). */
    long retainedFrom() {
        lock.lock();
        try {
            return buffer.isEmpty() ? nextSequence : buffer.peekFirst().message().offset();
        } finally {
            lock.unlock();
        }
    }

    long nextSequence() {
        lock.lock();
        try {
            return nextSequence;
        } finally {
            lock.unlock();
        }
    }

    /** Deliveries from now on are numbered from {@code sequence} at least: a replayed batch came back short. */
    void skipTo(long sequence) {
        lock.lock();
        try {
            nextSequence = Math.max(nextSequence, sequence);
        } finally {
            lock.unlock();
        }
    }
}
