package io.streambench.kafka;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts a producer's sends until the broker acknowledges them, and keeps the first failure, so that no failed send
 * goes unnoticed. One instance is the callback of every send: nothing is allocated per message.
 */
final class SendTracker implements Callback {
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    private long reportedFailures;

    /** Call before each send. */
    void sending() {
        pending.incrementAndGet();
    }

    /** Call when a send threw instead of being handed to the producer, so that its callback never runs. */
    void notSent() {
        acknowledged();
    }

    @Override
    public void onCompletion(RecordMetadata metadata, Exception exception) {
        if (exception != null) {
            failed.incrementAndGet();
            firstFailure.compareAndSet(null, exception);
        }
        acknowledged();
    }

    private void acknowledged() {
        if (pending.decrementAndGet() == 0) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /**
     * Waits until every send so far is acknowledged.
     *
     * @throws IllegalStateException if one failed since the last check, or some are still unacknowledged after the timeout
     */
    void awaitAcknowledged(Duration timeout, String topic) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            try {
                for (long left = deadline - System.nanoTime(); pending.get() > 0 && left > 0; left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("kafka: interrupted while waiting for acknowledgements from topic '" + topic + "'", e);
            }
        }
        requireNoNewFailures(topic);
        long unacknowledged = pending.get();
        if (unacknowledged > 0) {
            throw new IllegalStateException("kafka: " + unacknowledged + " sends to topic '" + topic
                    + "' were not acknowledged within " + timeout.toMillis() + " ms");
        }
    }

    /** @throws IllegalStateException if a send failed since the last check */
    synchronized void requireNoNewFailures(String topic) {
        long failures = failed.get();
        if (failures > reportedFailures) {
            long newFailures = failures - reportedFailures;
            reportedFailures = failures;
            Exception first = firstFailure.get();
            throw new IllegalStateException("kafka: " + newFailures + " sends to topic '" + topic + "' failed, the first with: "
                    + first, first);
        }
    }
}
