package io.streambench.rabbitmq;

import com.rabbitmq.stream.ConfirmationHandler;
import com.rabbitmq.stream.ConfirmationStatus;
import com.rabbitmq.stream.Constants;
import io.streambench.api.measure.SignedHistogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Settles a stream producer's sends as their confirmations come (on the client's threads). A confirmed click event's
 * arrival delay (confirm time minus intended send time) goes into a histogram. A send refused because the producer is
 * recovering from a lost connection is kept for the writer to send again; any other refusal (a timeout, a closed
 * producer) fails {@link #awaitAll}, naming the messages.
 */
final class StreamConfirms {
    private static final int IDS_NAMED = 5;

    private final SignedHistogram arrivalDelays;
    private final Queue<OutgoingMessage> refusedWhileRecovering = new ConcurrentLinkedQueue<>();
    private final List<String> failed = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition settled = lock.newCondition();
    private long outstanding;

    StreamConfirms(SignedHistogram arrivalDelays) {
        this.arrivalDelays = arrivalDelays;
    }

    /** Counts a send as outstanding until its confirmation comes; call it right before the send. */
    ConfirmationHandler track(OutgoingMessage message) {
        lock.lock();
        try {
            outstanding++;
        } finally {
            lock.unlock();
        }
        return status -> settle(message, status);
    }

    /** The sends refused since the last call because the producer was recovering, in the order they were refused. */
    List<OutgoingMessage> takeRefusedWhileRecovering() {
        List<OutgoingMessage> taken = new ArrayList<>();
        for (OutgoingMessage message = refusedWhileRecovering.poll(); message != null;
             message = refusedWhileRecovering.poll()) {
            taken.add(message);
        }
        return taken;
    }

    /**
     * Waits until every send is settled.
     *
     * @throws PublishException if some are not within {@code timeout}, or some were refused for good
     */
    void awaitAll(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (outstanding > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new PublishException(outstanding + " messages not confirmed by RabbitMQ within " + timeout);
                }
                settled.awaitNanos(left);
            }
            if (!failed.isEmpty()) {
                throw new PublishException("RabbitMQ did not confirm " + failed.size() + " messages, e.g. "
                        + failed.subList(0, Math.min(IDS_NAMED, failed.size())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while waiting for " + outstanding + " confirms", e);
        } finally {
            lock.unlock();
        }
    }

    private void settle(OutgoingMessage message, ConfirmationStatus status) {
        long settledAt = System.currentTimeMillis();
        if (status.isConfirmed()) {
            if (message.isEvent()) {
                arrivalDelays.record(settledAt - message.intendedSendTime());
            }
        } else if (status.getCode() == Constants.CODE_PRODUCER_NOT_AVAILABLE) {
            refusedWhileRecovering.add(message);
        }
        lock.lock();
        try {
            if (!status.isConfirmed() && status.getCode() != Constants.CODE_PRODUCER_NOT_AVAILABLE) {
                failed.add(message.correlationId() + " (" + reason(status.getCode()) + ")");
            }
            outstanding--;
            settled.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static String reason(short code) {
        return switch (code) {
            case Constants.CODE_PUBLISH_CONFIRM_TIMEOUT -> "no confirm within the producer's confirm timeout";
            case Constants.CODE_MESSAGE_ENQUEUEING_FAILED -> "too many unconfirmed messages for too long";
            case Constants.CODE_PRODUCER_CLOSED -> "the producer was closed";
            default -> "response code " + code;
        };
    }
}
