package io.streambench.api.result;

import java.util.Comparator;

/**
 * One result of a pipeline: for a window aggregation the value of one key in one window, for a projection one event.
 * Its identity is {@code (key, windowStart, windowEnd)}; {@code maxSendTime} is the largest send time among the events
 * it covers, from which processing latency is measured.
 */
public record WindowResult(String key, long windowStart, long windowEnd, long value, long maxSendTime)
        implements Comparable<WindowResult> {

    private static final Comparator<WindowResult> ORDER = Comparator.comparing(WindowResult::key)
            .thenComparingLong(WindowResult::windowStart)
            .thenComparingLong(WindowResult::windowEnd)
            .thenComparingLong(WindowResult::value)
            .thenComparingLong(WindowResult::maxSendTime);

    public Identity identity() {
        return new Identity(key, windowStart, windowEnd);
    }

    @Override
    public int compareTo(WindowResult other) {
        return ORDER.compare(this, other);
    }

    public record Identity(String key, long windowStart, long windowEnd) {
        @Override
        public String toString() {
            return key + " [" + windowStart + ", " + windowEnd + ")";
        }
    }
}
