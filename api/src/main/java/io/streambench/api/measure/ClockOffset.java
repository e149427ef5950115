package io.streambench.api.measure;

/**
 * How far another process's clock is ahead of this one, from one exchange: it stamped its time between our send and
 * its answer, so the offset is its stamp minus the midpoint, give or take half the round trip.
 */
public record ClockOffset(String clock, double offsetMillis, double roundTripMillis) {
    /** @param sentAt our time before asking, {@code answeredAt} after the answer, {@code theirs} the stamp they gave */
    public static ClockOffset of(String clock, long sentAt, long theirs, long answeredAt) {
        return new ClockOffset(clock, theirs - (sentAt + answeredAt) / 2.0, answeredAt - sentAt);
    }
}
