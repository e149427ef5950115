package io.streambench.api.result;

import io.streambench.api.pipeline.Sink;

import java.util.List;

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
    View open(String run, String pipeline);

    interface View extends AutoCloseable {
        /** Every result the sink holds so far, in the order they became visible. */
        List<ObservedResult> results();

        @Override
        void close();
    }
}
