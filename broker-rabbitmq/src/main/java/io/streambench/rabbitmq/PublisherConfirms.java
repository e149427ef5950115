package io.streambench.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ShutdownSignalException;
import io.streambench.api.measure.SignedHistogram;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tracks publisher confirms asynchronously: every publish is recorded by its sequence number, and the confirm listener
 * (on the connection's thread) settles them, one or many at a time, in whatever order the broker confirms them. The
 * publisher never waits per message; {@link #awaitAll} waits once for all of them. Each acknowledged click event's
 * arrival delay (confirm time minus intended send time) goes into a histogram; refused ones and other messages do not.
 */
final class PublisherConfirms implements PublishTracker {
    private static final int IDS_NAMED = 5;

    private final Channel channel;
    private final SignedHistogram arrivalDelays;
    private final ConcurrentNavigableMap<Long, OutgoingMessage> unconfirmed = new ConcurrentSkipListMap<>();
    private final List<String> nacked = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition settled = lock.newCondition();
    private volatile ShutdownSignalException channelClosed;

    private PublisherConfirms(Channel channel, SignedHistogram arrivalDelays) {
        this.channel = channel;
        this.arrivalDelays = arrivalDelays;
    }

    /** @param arrivalDelays where acknowledged events' delays go; a writer passes the same one to each channel it opens */
    static PublisherConfirms enable(Channel channel, SignedHistogram arrivalDelays) throws IOException {
        PublisherConfirms confirms = new PublisherConfirms(channel, arrivalDelays);
        channel.addShutdownListener(confirms::closed);
        channel.addConfirmListener(confirms::acked, confirms::nacked);
        channel.confirmSelect();
        return confirms;
    }

    @Override
    public void beforePublish(OutgoingMessage message) {
        unconfirmed.put(channel.getNextPublishSeqNo(), message);
    }

    @Override
    public List<OutgoingMessage> unconfirmed() {
        return List.copyOf(unconfirmed.values());
    }

    @Override
    public boolean connectionLost() {
        return channelClosed != null && channelClosed.isHardError();
    }

    @Override
    public void awaitAll(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!unconfirmed.isEmpty() && channelClosed == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new PublishException(unconfirmed.size() + " messages not confirmed by RabbitMQ within "
                            + timeout + " (first: " + firstIds() + ")");
                }
                settled.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while waiting for " + unconfirmed.size() + " publisher confirms", e);
        } finally {
            lock.unlock();
        }
        if (!unconfirmed.isEmpty()) {
            throw new PublishException(unconfirmed.size() + " messages were never confirmed: the broker closed the "
                    + "channel: " + Channels.reason(channelClosed) + " (first: " + firstIds() + ")", channelClosed);
        }
        synchronized (nacked) {
            if (!nacked.isEmpty()) {
                throw new PublishException("RabbitMQ refused (nacked) " + nacked.size() + " messages, e.g. "
                        + nacked.subList(0, Math.min(IDS_NAMED, nacked.size())));
            }
        }
    }

    /**
     * On the connection's thread, the only one that removes from {@link #unconfirmed}; the publishing thread only adds
     * higher sequence numbers. A message is in the map of one channel only (a reconnect publishes it again on the next),
     * so it is recorded at most once.
     */
    private void acked(long deliveryTag, boolean multiple) {
        long confirmedAt = System.currentTimeMillis();
        if (multiple) {
            for (Map.Entry<Long, OutgoingMessage> first = unconfirmed.firstEntry();
                 first != null && first.getKey() <= deliveryTag; first = unconfirmed.firstEntry()) {
                if (unconfirmed.remove(first.getKey()) != null) {
                    recordArrival(first.getValue(), confirmedAt);
                }
            }
        } else {
            OutgoingMessage message = unconfirmed.remove(deliveryTag);
            if (message != null) {
                recordArrival(message, confirmedAt);
            }
        }
        if (unconfirmed.isEmpty()) {
            signal();
        }
    }

    private void recordArrival(OutgoingMessage message, long confirmedAt) {
        if (message.isEvent()) {
            arrivalDelays.record(confirmedAt - message.intendedSendTime());
        }
    }

    private void nacked(long deliveryTag, boolean multiple) {
        synchronized (nacked) {
            if (multiple) {
                unconfirmed.headMap(deliveryTag, true).values().forEach(message -> nacked.add(message.correlationId()));
            } else {
                OutgoingMessage message = unconfirmed.get(deliveryTag);
                nacked.add(message == null ? "#" + deliveryTag : message.correlationId());
            }
        }
        settle(deliveryTag, multiple);
    }

    private void settle(long deliveryTag, boolean multiple) {
        if (multiple) {
            unconfirmed.headMap(deliveryTag, true).clear();
        } else {
            unconfirmed.remove(deliveryTag);
        }
        if (unconfirmed.isEmpty()) {
            signal();
        }
    }

    private void closed(ShutdownSignalException cause) {
        channelClosed = cause;
        signal();
    }

    private void signal() {
        lock.lock();
        try {
            settled.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private List<String> firstIds() {
        return unconfirmed.values().stream().limit(IDS_NAMED).map(OutgoingMessage::correlationId).toList();
    }
}
