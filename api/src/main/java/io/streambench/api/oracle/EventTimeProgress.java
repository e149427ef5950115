package io.streambench.api.oracle;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * How event time advanced over the arrivals: for every new largest event time, the intended send time of the event
 * that brought it. Which arrival first took event time to a point is what makes a windowed result possible. Holds one
 * entry per millisecond of event time at most, whatever the rate.
 */
public final class EventTimeProgress {
    private static final int INITIAL_CAPACITY = 1_024;

    private long[] eventTimes = new long[INITIAL_CAPACITY];
    private long[] sendTimes = new long[INITIAL_CAPACITY];
    private int size;

    /** Takes the next arrival, in arrival order. */
    void observe(long eventTime, long sendTime) {
        if (size > 0 && eventTime <= eventTimes[size - 1]) {
            return;
        }
        if (size == eventTimes.length) {
            eventTimes = Arrays.copyOf(eventTimes, size * 2);
            sendTimes = Arrays.copyOf(sendTimes, size * 2);
        }
        eventTimes[size] = eventTime;
        sendTimes[size] = sendTime;
        size++;
    }

    /**
     * The intended send time of the first arrival after which the largest event time seen was at least
     * {@code eventTime}; empty if no arrival took it there (only the end-of-input markers do).
     */
    public OptionalLong reached(long eventTime) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (eventTimes[middle] < eventTime) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low == size ? OptionalLong.empty() : OptionalLong.of(sendTimes[low]);
    }
}
