package io.streambench.bench.fault;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.StreamCount;
import io.streambench.api.pipeline.StartPosition;

import java.time.Duration;
import java.time.Instant;

/**
 * What a restarted engine read, beside what the way it restarted promised. The promise is counted by a plain reader
 * of the broker from the same position; a queue that is not replayable cannot be counted, only described.
 */
public final class ReplayMeasurement {
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private ReplayMeasurement() {
    }

    public static Replay of(Fault fault, Faults.Restart restart, RestartableJob running, Broker broker,
                            String stream) {
        long before = running.messagesReadByEndedProcesses();
        long after = running.messagesReadByCurrentProcess();
        boolean replayable = broker.startPositions().contains(StartPosition.Kind.TIMESTAMP);
        Promise promise = promise(fault, restart, broker, stream, before, replayable);
        return new Replay(restart.resumedFrom(), before, after, promise.messages(), promise.words());
    }

    private record Promise(Long messages, String words) {
    }

    private static Promise promise(Fault fault, Faults.Restart restart, Broker broker, String stream, long readBefore,
                                   boolean replayable) {
        if (fault.kind() == Fault.Kind.PLANNED_RESTART) {
            String words = "every message not read before the stop, none twice";
            return replayable ? new Promise(count(broker, stream, StartPosition.earliest()) - readBefore, words)
                    : new Promise(null, words + " (what the queue still holds; not countable without consuming it)");
        }
        if (restart.position() == null) {
            return new Promise(null, "everything after the last checkpoint: what the killed engine read since then "
                    + "is read again");
        }
        if (!replayable) {
            return new Promise(null, "what the queue still holds (unacknowledged and unread messages); a queue that "
                    + "is not replayable has no other start position");
        }
        StartPosition position = restart.position();
        return switch (position.kind()) {
            case EARLIEST -> new Promise(count(broker, stream, position),
                    "every message in the stream, those read before the kill again");
            case TIMESTAMP -> new Promise(count(broker, stream, position),
                    "the messages written at or after " + position + " (the kill), those read before it again");
            case LATEST -> new Promise(count(broker, stream, StartPosition.at(Instant.ofEpochMilli(restart.restartedAt()))),
                    "at most the messages written after the new engine process started (it takes the end of the "
                            + "stream a little later); those written while the engine was down are skipped");
        };
    }

    private static long count(Broker broker, String stream, StartPosition position) {
        return StreamCount.from(broker, stream, position, QUIET, TIMEOUT);
    }
}
