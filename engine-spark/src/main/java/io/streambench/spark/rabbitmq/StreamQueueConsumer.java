package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The driver's consumer of a stream queue, attached at an offset: it keeps the messages it receives, in offset order,
 * until the micro-batches holding them are done with. On a stream queue an acknowledgement removes nothing, it only
 * gives the consumer credit for more; credit is withheld while the buffer holds more than
 * {@link #CAPACITY} - {@link #PREFETCH} messages, so that it never holds more than {@link #CAPACITY}.
 */
final class StreamQueueConsumer extends BufferingConsumer {
    static final int PREFETCH = 1_000;
    static final int CAPACITY = 10_000;

    /** Offsets below are not kept: the consumer attached above them, or they were discarded. */
    private long retainedFrom;
    /** The highest offset received, or {@code retainedFrom - 1}. */
    private long deliveredThrough;
    private long lastDeliveryTag;

    private StreamQueueConsumer(Connection connection, String uri, String queue, long from) {
        super(connection, uri, queue, PREFETCH);
        this.retainedFrom = from;
        this.deliveredThrough = from - 1;
    }

    static StreamQueueConsumer attach(Connection connection, String uri, String queue, long from) {
        StreamQueueConsumer consumer = new StreamQueueConsumer(connection, uri, queue, from);
        consumer.start(StreamOffsets.attachAt(from));
        return consumer;
    }

    @Override
    protected void accept(Delivery delivery) {
        OptionalLong offset = StreamOffsets.of(delivery);
        if (offset.isEmpty()) {
            end("its deliveries carry no " + StreamOffsets.HEADER + " header, so it is not a stream queue: pass its "
                    + "queueType (classic or quorum)");
            return;
        }
        lastDeliveryTag = delivery.getEnvelope().getDeliveryTag();
        if (offset.getAsLong() >= retainedFrom && offset.getAsLong() > deliveredThrough) {
            add(lastDeliveryTag, QueueMessage.of(offset.getAsLong(), delivery));
            deliveredThrough = offset.getAsLong();
        }
        grantCredit();
    }

    /** Under {@link #lock}. */
    private void grantCredit() {
        if (buffer.size() <= CAPACITY - PREFETCH) {
            acknowledgeThrough(lastDeliveryTag);
        }
    }

    /** The kept messages with {@code from <= offset < until}, at most {@code max}, in offset order. */
    List<QueueMessage> messages(long from, long until, long max) {
        lock.lock();
        try {
            failIfEnded();
            List<QueueMessage> messages = new ArrayList<>();
            for (Buffered buffered : buffer) {
                long offset = buffered.message().offset();
                if (offset >= until || messages.size() >= max) {
                    break;
                }
                if (offset >= from) {
                    messages.add(buffered.message());
                }
            }
            return messages;
        } finally {
            lock.unlock();
        }
    }

    /** Lets go of the messages below {@code offset}, which gives the broker credit to send more. */
    void discardBefore(long offset) {
        lock.lock();
        try {
            while (!buffer.isEmpty() && buffer.peekFirst().message().offset() < offset) {
                buffer.removeFirst();
            }
            retainedFrom = Math.max(retainedFrom, offset);
            grantCredit();
        } finally {
            lock.unlock();
        }
    }

    /** Whether reading on from {@code offset} needs no new attachment: nothing from there on was skipped or discarded. */
    boolean canContinueFrom(long offset) {
        lock.lock();
        try {
            return retainedFrom <= offset && offset <= deliveredThrough + 1;
        } finally {
            lock.unlock();
        }
    }

    /** Whether every message with {@code from <= offset < until} is kept here. */
    boolean holds(long from, long until) {
        lock.lock();
        try {
            return retainedFrom <= from && deliveredThrough >= until - 1;
        } finally {
            lock.unlock();
        }
    }

    long deliveredThrough() {
        lock.lock();
        try {
            failIfEnded();
            return deliveredThrough;
        } finally {
            lock.unlock();
        }
    }
}
