package io.streambench.spark.rabbitmq;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/** Every wait of the source is bounded; the bounds are here, each with the reason for its length. */
final class Waits {
    /**
     * A consumer attached at the end of a stream queue receives its last chunk at once; one that received nothing for
     * this long takes the stream as empty (or, asked for a time after every chunk, as having nothing from then on).
     */
    static final Duration QUIET_STREAM = Duration.ofSeconds(2);
    /**
     * Draining a classic or quorum queue ({@code Trigger.AvailableNow}) ends after the counted messages, or when none
     * came for this long: fewer may come than were counted (another consumer took some, some expired).
     */
    static final Duration QUIET_QUEUE = Duration.ofSeconds(2);
    /** A consumer that should be receiving (the broker holds messages for it, it has credit) and is not, is broken. */
    static final Duration STALLED = Duration.ofSeconds(30);

    private Waits() {
    }

    /**
     * Keeps the interrupt (Spark interrupts the query thread to stop a query) and makes it an exception Spark
     * recognises as such, instead of reporting the stop as a failure.
     */
    static UncheckedIOException interrupted(InterruptedException e, String doing) {
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted = new InterruptedIOException("interrupted while " + doing);
        interrupted.initCause(e);
        return new UncheckedIOException(interrupted);
    }
}
