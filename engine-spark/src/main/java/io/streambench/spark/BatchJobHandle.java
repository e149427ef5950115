package io.streambench.spark;

import io.streambench.api.engine.JobHandle;
import io.streambench.api.engine.JobOutcome;
import io.streambench.spark.sink.ResultOutput;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A bounded query run on a thread of its own, in a Spark job group of its own so that it can be cancelled. */
final class BatchJobHandle implements JobHandle {
    private static final Duration CANCEL_TIMEOUT = Duration.ofSeconds(60);

    private final SparkSession spark;
    private final String jobId;
    private final JobCounters counters;
    private final CompletableFuture<JobOutcome> outcome;
    private volatile boolean cancelRequested;

    private BatchJobHandle(SparkSession spark, String jobId, JobCounters counters, Dataset<Row> results,
                           ResultOutput output) {
        this.spark = spark;
        this.jobId = jobId;
        this.counters = counters;
        this.outcome = CompletableFuture.supplyAsync(() -> run(results, output), runnable -> {
            Thread thread = new Thread(runnable, "spark-batch-" + jobId);
            thread.setDaemon(true);
            thread.start();
        });
    }

    static BatchJobHandle start(SparkSession spark, String jobId, JobCounters counters, Dataset<Row> results,
                                ResultOutput output) {
        return new BatchJobHandle(spark, jobId, counters, results, output);
    }

    private JobOutcome run(Dataset<Row> results, ResultOutput output) {
        spark.sparkContext().setJobGroup(jobId, "streambench " + jobId, true);
        try {
            output.writeAll(results);
            return new JobOutcome(JobOutcome.State.FINISHED, null, counters.snapshot());
        } catch (RuntimeException e) {
            if (cancelRequested) {
                return new JobOutcome(JobOutcome.State.CANCELLED, null, counters.snapshot());
            }
            return new JobOutcome(JobOutcome.State.FAILED, e.toString(), counters.snapshot());
        } finally {
            spark.sparkContext().clearJobGroup();
        }
    }

    @Override
    public Optional<JobOutcome> await(Duration timeout) throws InterruptedException {
        return JobOutcome.within(outcome, timeout);
    }

    @Override
    public void cancel() {
        if (outcome.isDone()) {
            return;
        }
        cancelRequested = true;
        spark.sparkContext().cancelJobGroup(jobId);
        try {
            outcome.get(CANCEL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Spark batch job " + jobId + " did not stop within "
                    + CANCEL_TIMEOUT.toSeconds() + " s", e);
        }
    }

    @Override
    public String suspend() {
        throw new UnsupportedOperationException("a Spark batch query does not checkpoint; it is rerun whole");
    }

    @Override
    public boolean isRunning() {
        return !outcome.isDone();
    }

    @Override
    public Map<String, Long> counters() {
        return counters.snapshot();
    }
}
