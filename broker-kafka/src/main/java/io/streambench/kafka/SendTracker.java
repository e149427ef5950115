package io.streambench.kafka;

import io.streambench.api.measure.SignedHistogram;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts a producer's sends until the broker acknowledges them, and keeps the first failure, so that no failed send
 * goes unnoticed. One instance is the callback of every raw message and marker; an event's send gets a callback of
 * its own from {@link #forEvent}, which records how long after its intended send time the broker appended it.
 */
final class SendTracker implements Callback {
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    private final SignedHistogram arrivalDelays = new SignedHistogram();
    private long reportedFailures;

    /** Call before each send. */
    void sending() {
        pending.incrementAndGet();
    }

    /** Call when a send threw instead of being handed to the producer, so that its callback never runs. */
    void notSent() {
        acknowledged();
    }

    /**
     * The callback of one event's send. It is the only object this allocates per event (two fields), beside what the
     * producer allocates for the record anyway.
     */
    Callback forEvent(long intendedSendTime) {
        return new EventSent(this, intendedSendTime);
    }

    /**
     * A copy of the delays recorded so far: for each acknowledged event, its record's timestamp minus its intended send
     * time. On a {@code LogAppendTime} topic that timestamp is when the broker appended the record, on its clock.
     */
    SignedHistogram arrivalDelays() {
        SignedHistogram copy = new SignedHistogram();
        copy.add(arrivalDelays);
        return copy;
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

    /** Runs on the producer's I/O thread, which also runs every other callback: the histogram sees no contention. */
    private record EventSent(SendTracker tracker, long intendedSendTime) implements Callback {
        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            // Recorded before the acknowledgement is counted, so that a flush that returns sees every delay.
            if (exception == null && metadata.hasTimestamp()) {
                tracker.arrivalDelays.record(metadata.timestamp() - intendedSendTime);
            }
            tracker.onCompletion(metadata, exception);
        }
    }
}
