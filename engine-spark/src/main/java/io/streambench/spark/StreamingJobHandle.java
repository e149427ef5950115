package io.streambench.spark;

import io.streambench.api.engine.JobHandle;
import io.streambench.api.engine.JobOutcome;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/** A streaming query: available-now ones finish by themselves, the others run until cancelled or failed. */
final class StreamingJobHandle implements JobHandle {
    private static final Logger LOG = LoggerFactory.getLogger(StreamingJobHandle.class);

    private final SparkSession spark;
    private final StreamingQuery query;
    private final JobCounters counters;
    private volatile boolean cancelRequested;

    StreamingJobHandle(SparkSession spark, StreamingQuery query, JobCounters counters) {
        this.spark = spark;
        this.query = query;
        this.counters = counters;
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
        return new JobOutcome(cancelRequested ? JobOutcome.State.CANCELLED : JobOutcome.State.FINISHED, null,
                counters.snapshot());
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
    public boolean isRunning() {
        return query.isActive();
    }

    @Override
    public Map<String, Long> counters() {
        return counters.snapshot();
    }
}
