package io.streambench.api.broker;

import io.streambench.api.pipeline.StartPosition;

import java.time.Duration;

/**
 * Counts the messages a plain reader of a replayable stream gets from a start position to its end: what the start
 * position promises an engine. The end is when nothing more arrives for {@code quiet}.
 */
public final class StreamCount {
    private static final Duration POLL = Duration.ofMillis(200);

    private StreamCount() {
    }

    public static long from(Broker broker, String stream, StartPosition position, Duration quiet, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long messages = 0;
        try (EventReader reader = broker.openReader(stream, position)) {
            long lastArrival = System.nanoTime();
            while (System.nanoTime() - lastArrival < quiet.toNanos()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading " + stream + " from " + position + " on "
                            + broker.describe() + " did not reach its end within " + timeout.toSeconds() + " s");
                }
                int got = reader.poll(POLL).size();
                if (got > 0) {
                    messages += got;
                    lastArrival = System.nanoTime();
                }
            }
        }
        return messages;
    }
}
