package io.streambench.api.result;

import io.streambench.api.measure.ClockOffset;
import io.streambench.api.pipeline.Sink;
import io.streambench.api.run.DeliveryGuarantee;

import java.util.List;
import java.util.Optional;

/**
 * A kind of sink seen from outside the engine: where a run's results go, and how to read them back. The suites and
 * the bench check every sink the same way through it.
 */
public interface ResultStore {
    /** {@code memory}, {@code kafka}, {@code postgres}, {@code files}. */
    String name();

    /** A fresh place for one run's results (a topic, a table, a directory), named after the run. */
    Sink sinkFor(String run);

    /** Opens the results of one run of one pipeline; closing the view removes the run's results. */
    default View open(String run, String pipeline) {
        return open(run, pipeline, DeliveryGuarantee.AT_LEAST_ONCE);
    }

    /**
     * Opens the results of one run written with {@code guarantee}, before the run starts: a view may have to watch the
     * sink through the run to tell when each result became visible (a transactional topic's commit, a committed file).
     */
    View open(String run, String pipeline, DeliveryGuarantee guarantee);

    /** How far the clock that stamps this sink's visible times is ahead of this process's; empty if it is this one. */
    default Optional<ClockOffset> clockOffset() {
        return Optional.empty();
    }

    interface View extends AutoCloseable {
        /** Every result the sink holds so far, in the order they became visible. */
        List<ObservedResult> results();

        @Override
        void close();
    }
}
