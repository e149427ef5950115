package io.streambench.api.event;

/**
 * The open-loop schedule: the n-th event is due at {@code start + n / rate}, whatever the system under test does.
 * Load drivers wait for the due time and never skip ahead; latency is measured from the due time.
 */
public record SendSchedule(long startEpochMillis, double rate) {
    public SendSchedule {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be a positive number, was " + rate);
        }
    }

    /** Nanoseconds from the start of the schedule until the event with this sequence number is due. */
    public long offsetNanos(long sequence) {
        return (long) (sequence * (1e9 / rate));
    }

    public long sendTimeMillis(long sequence) {
        return startEpochMillis + offsetNanos(sequence) / 1_000_000L;
    }
}
