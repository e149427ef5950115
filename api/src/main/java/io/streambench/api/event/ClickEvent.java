package io.streambench.api.event;

import java.util.Objects;

/**
 * One clickstream event, the unit of the workload. Times are epoch milliseconds: {@code eventTime} is when the
 * user acted, {@code sendTime} when the load driver intended to send it (latency is measured from there, so a
 * slow system cannot hide its own delay). {@code sequence} is the position in the generated stream.
 */
public record ClickEvent(long sequence, String user, String session, String page, Action action,
                         long amountCents, long eventTime, long sendTime) {

    public ClickEvent {
        Objects.requireNonNull(action, "action");
        if (action != Action.WATERMARK) {
            requireText(user, "user");
            requireText(session, "session");
            requireText(page, "page");
            if (sequence < 0) {
                throw new IllegalArgumentException("sequence must be >= 0, was " + sequence);
            }
            if (amountCents < 0) {
                throw new IllegalArgumentException("amountCents must be >= 0, was " + amountCents);
            }
        }
    }

    /**
     * A punctuation written after the workload to every partition of a stream: its event time moves the watermark
     * past every window, so that streaming engines emit their final results. Every pipeline drops it right after
     * taking the watermark; it never reaches a result.
     */
    public static ClickEvent watermarkMarker(long eventTime, long sendTime) {
        return new ClickEvent(-1, "", "", "", Action.WATERMARK, 0, eventTime, sendTime);
    }

    public boolean isWatermarkMarker() {
        return action == Action.WATERMARK;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
    }
}
