package io.streambench.api.broker;

import io.streambench.api.measure.ClockOffset;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.BrokerConnection;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A message broker as the test suites and the bench see it: create streams, write to them, tell an engine how to
 * read them. Implementations live in the source modules; {@code api} knows none of their types.
 */
public interface Broker extends AutoCloseable {
    /** {@code kafka} or {@code rabbitmq}. */
    String name();

    /** One line for logs and reports, e.g. {@code kafka 4.1.2 (embedded) at 127.0.0.1:41234}. */
    String describe();

    BrokerConnection connection();

    void createStream(StreamSpec spec);

    void deleteStream(String stream);

    EventWriter openWriter(String stream);

    /**
     * Reads a stream from a start position. Kafka and stream queues support every position; classic and quorum
     * queues only {@code earliest} (what is queued), and reading consumes their messages.
     *
     * @throws UnsupportedOperationException for a start position this broker cannot honour, naming it
     */
    EventReader openReader(String stream, StartPosition from);

    /** The start positions {@link #openReader} honours. */
    Set<StartPosition.Kind> startPositions();

    /**
     * Reads {@code messages} of a replayable stream from its beginning with a plain consumer, as fast as it goes, with
     * the client library on {@code clientClasspath}: with an engine's class path it reads with the client that engine's
     * connector brings, so that the broker's limit and the client's are told apart from the engine's; with
     * {@code connection}'s client properties (this broker's, with a cell's own). (A broker whose client library is the
     * same in every engine and in the bench may read in this process.)
     *
     * @throws UnsupportedOperationException where a plain read would consume what the engine is to read (classic and
     *                                       quorum queues), naming why
     */
    default ConsumerRate measureConsumer(String stream, long messages, BrokerConnection connection, String clientClasspath,
                                         Duration timeout) {
        throw new UnsupportedOperationException(describe() + " has no consumer-rate measurement");
    }

    /**
     * What the broker holds of a stream now, for sampling an engine's backlog while it runs: how much was written, or
     * how much waits. It must answer within a second or two.
     */
    default StreamLevel level(String stream) {
        return new StreamLevel(null, null);
    }

    /**
     * The broker's server process on this machine, whose CPU a cell's cost includes; empty where it runs elsewhere
     * (an external cluster, a container) and its cost cannot be read from here. It may change after {@link #restart}.
     */
    default OptionalLong serverProcessId() {
        return OptionalLong.empty();
    }

    /** How far the broker's clock, which stamps what it takes, is ahead of this process's; empty if it stamps nothing. */
    default Optional<ClockOffset> clockOffset() {
        return Optional.empty();
    }

    /**
     * Stops the broker and starts it again with its data, returning once it serves again: a fault to measure how
     * pipelines ride through it. Only a broker this process runs or manages can do it.
     *
     * @throws UnsupportedOperationException naming the reason, e.g. for an external cluster
     */
    default void restart() {
        throw new UnsupportedOperationException(describe() + " cannot be restarted by streambench");
    }

    @Override
    void close();
}
