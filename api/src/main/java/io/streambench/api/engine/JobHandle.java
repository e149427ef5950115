package io.streambench.api.engine;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A submitted job. Closing it cancels the job if it still runs and waits, boundedly, for it to be gone. */
public interface JobHandle extends AutoCloseable {
    /**
     * Counter of every message the source delivered (events, watermark markers, malformed messages): it tells how far
     * the engine has read, e.g. that its watermark covers what was written so far.
     */
    String MESSAGES_READ = "messages-read";
    /** Counter of messages that were not valid events: counted, routed aside, not fatal. */
    String MALFORMED_EVENTS = "malformed-events";
    /**
     * Counter of events dropped because they arrived after their window's allowed lateness. An engine that combines
     * events before its window operator drops them (Spark's partial aggregation) counts combined rows: a lower bound.
     */
    String LATE_EVENTS = "late-events";
    /**
     * Engine wall clock (epoch ms) at which the source delivered its first message: where start-up ends and draining
     * begins. Absent until a message has been read.
     */
    String FIRST_READ_AT = "first-read-at";
    /**
     * Counters whose names start with this are gauges: levels the engine reads from its own interfaces now (how busy
     * or backpressured its busiest task is, its last checkpoint), not counts, so sampled through a run and never
     * added up over processes.
     */
    String GAUGE_PREFIX = "gauge.";

    /** Waits up to {@code timeout} for the job to end by itself; empty if it still runs. */
    Optional<JobOutcome> await(Duration timeout) throws InterruptedException;

    /** Stops the job if it runs; returns once it has stopped or the engine's own bound has passed. */
    void cancel();

    /**
     * A planned stop: stops the job so that a submission with the same work directory continues exactly where it
     * stopped (Flink: stop-with-savepoint; Spark: the query stops between micro-batches and its checkpoint is the
     * resume point), and returns once it has stopped, naming the resume point.
     *
     * @throws UnsupportedOperationException for a job that cannot resume, naming why (a batch job is rerun whole)
     */
    String suspend();

    boolean isRunning();

    /**
     * Counters of the job ({@link #MESSAGES_READ}, {@link #MALFORMED_EVENTS}, {@link #LATE_EVENTS}, engine specific
     * ones): live while it runs (they may trail by about a second), final once it has ended.
     */
    Map<String, Long> counters();

    @Override
    default void close() {
        cancel();
    }
}
