package io.streambench.spark;

import io.streambench.api.engine.EngineSample;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.engine.JobOutcome;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * A streaming query: available-now ones finish by themselves, the others run until cancelled or failed. A planned
 * stop waits for the micro-batch in flight to commit, then stops the query: its checkpoint is where it resumes.
 */
final class StreamingJobHandle implements JobHandle {
    private static final Logger LOG = LoggerFactory.getLogger(StreamingJobHandle.class);

    private final SparkSession spark;
    private final StreamingQuery query;
    private final JobCounters counters;
    private final QueryProgressSamples samples;
    private final String checkpointLocation;
    private static final Duration BATCH_IN_FLIGHT_WAIT = Duration.ofMinutes(1);
    private static final Duration POLL = Duration.ofMillis(20);

    private volatile boolean cancelRequested;
    private volatile boolean suspendRequested;

    StreamingJobHandle(SparkSession spark, StreamingQuery query, JobCounters counters, String checkpointLocation,
                       Duration triggerInterval) {
        this.spark = spark;
        this.samples = new QueryProgressSamples(query, triggerInterval);
        this.checkpointLocation = checkpointLocation;
        this.query = query;
        this.counters = counters;
    }

    @Override
    public List<EngineSample> newSamples() {
        return samples.newSamples();
    }

    @Override
    public Optional<JobOutcome> await(Duration timeout) throws InterruptedException {
        try {
            if (query.isActive() && !query.awaitTermination(Math.max(1, timeout.toMillis()))) {
                return Optional.empty();
            }
        } catch (StreamingQueryException e) {
            // the outcome below reports it
        }
        return Optional.of(outcome());
    }

    private JobOutcome outcome() {
        spark.streams().removeListener(counters);
        if (query.exception().isDefined()) {
            StreamingQueryException failure = query.exception().get();
            return new JobOutcome(JobOutcome.State.FAILED, failure.getMessage(), counters.snapshot());
        }
        JobOutcome.State state = suspendRequested ? JobOutcome.State.SUSPENDED
                : cancelRequested ? JobOutcome.State.CANCELLED : JobOutcome.State.FINISHED;
        return new JobOutcome(state, null, counters.snapshot());
    }

    @Override
    public void cancel() {
        if (!query.isActive()) {
            return;
        }
        cancelRequested = true;
        try {
            query.stop();
        } catch (TimeoutException e) {
            LOG.warn("Spark query {} did not stop within spark.sql.streaming.stopTimeout", query.name(), e);
        }
    }

    @Override
    public String suspend() {
        if (!query.isActive()) {
            throw new IllegalStateException("Spark query " + query.name() + " has already ended");
        }
        waitForTheBatchInFlight();
        suspendRequested = true;
        try {
            query.stop();
        } catch (TimeoutException e) {
            throw new IllegalStateException("Spark query " + query.name()
                    + " did not stop within spark.sql.streaming.stopTimeout", e);
        }
        StreamingQueryProgress last = query.lastProgress();
        return "checkpoint " + checkpointLocation + (last == null ? "" : " after batch " + last.batchId());
    }

    /** Stopping between micro-batches spares the restarted query a replay of a batch it had nearly written. */
    private void waitForTheBatchInFlight() {
        long deadline = System.nanoTime() + BATCH_IN_FLIGHT_WAIT.toNanos();
        try {
            while (query.status().isTriggerActive() && System.nanoTime() < deadline) {
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return query.isActive();
    }

    @Override
    public Map<String, Long> counters() {
        return counters.snapshot();
    }
}
