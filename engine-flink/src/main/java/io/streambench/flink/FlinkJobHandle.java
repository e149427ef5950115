package io.streambench.flink;

import io.streambench.api.engine.JobHandle;
import io.streambench.api.engine.JobOutcome;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Flink job seen through its {@link JobClient}; counters are the job's numeric accumulators. A planned stop is
 * stop-with-savepoint into the work directory, where the next submission of the job finds it.
 */
final class FlinkJobHandle implements JobHandle {
    private static final Logger LOG = LoggerFactory.getLogger(FlinkJobHandle.class);
    private static final Duration CANCEL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration COUNTERS_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ENDING_JOB_GRACE = Duration.ofSeconds(2);
    private static final Duration SAVEPOINT_TIMEOUT = Duration.ofMinutes(2);

    private final JobClient client;
    private final Path savepoints;
    private final boolean bounded;
    private final FlinkRestMetrics metrics;
    private final CompletableFuture<JobOutcome> outcome;
    private volatile boolean cancelRequested;
    private volatile boolean suspendRequested;
    private volatile Map<String, Long> lastCounters = Map.of();

    /**
     * @param savepoints where a planned stop writes its savepoint
     * @param bounded    a BATCH job, which takes no savepoints
     * @param metrics    the cluster's REST API, whose gauges join the counters; null for a MiniCluster, which has none
     */
    FlinkJobHandle(JobClient client, Path savepoints, boolean bounded, FlinkRestMetrics metrics) {
        this.client = client;
        this.savepoints = savepoints;
        this.bounded = bounded;
        this.metrics = metrics;
        this.outcome = client.getJobExecutionResult().handle(this::toOutcome);
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
        counters();
        cancelRequested = true;
        try {
            client.cancel().get(CANCEL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            outcome.get(CANCEL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            if (!outcome.isDone()) {
                LOG.warn("Flink job {} did not confirm cancellation within {} s", client.getJobID(),
                        CANCEL_TIMEOUT.toSeconds(), e);
            }
        }
    }

    @Override
    public String suspend() {
        if (bounded) {
            throw new UnsupportedOperationException("a Flink BATCH job takes no savepoint; it is rerun whole");
        }
        if (outcome.isDone()) {
            throw new IllegalStateException("Flink job " + client.getJobID() + " has already ended");
        }
        counters();
        suspendRequested = true;
        try {
            String savepoint = client.stopWithSavepoint(false, savepoints.toUri().toString(),
                    SavepointFormatType.CANONICAL).get(SAVEPOINT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            outcome.get(CANCEL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return "savepoint " + savepoint;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Flink job " + client.getJobID() + " stopped", e);
        } catch (ExecutionException | TimeoutException e) {
            suspendRequested = outcome.isDone();
            throw new IllegalStateException("stop-with-savepoint of Flink job " + client.getJobID() + " failed: "
                    + rootCause(e), e);
        }
    }

    @Override
    public boolean isRunning() {
        return !outcome.isDone();
    }

    @Override
    public Map<String, Long> counters() {
        if (outcome.isDone()) {
            return outcome.join().counters();
        }
        try {
            Map<String, Long> counters = numeric(client.getAccumulators().get(COUNTERS_TIMEOUT.toMillis(),
                    TimeUnit.MILLISECONDS));
            if (metrics != null) {
                counters.putAll(metrics.of(client.getJobID()));
            }
            lastCounters = counters;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("accumulators of {} not available now; keeping the last ones", client.getJobID(), e);
        } catch (IllegalStateException e) {
            // A finished job's MiniCluster shuts down before the job's result completes the outcome, and in between
            // refuses to answer (synchronously): the outcome, due any moment, has the final counters.
            LOG.debug("Flink job {} cannot answer; its outcome has the counters", client.getJobID(), e);
            try {
                return JobOutcome.within(outcome, ENDING_JOB_GRACE).map(JobOutcome::counters).orElse(lastCounters);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return lastCounters;
    }

    private JobOutcome toOutcome(JobExecutionResult result, Throwable error) {
        if (error == null) {
            return new JobOutcome(suspendRequested ? JobOutcome.State.SUSPENDED : JobOutcome.State.FINISHED, null,
                    numeric(result.getAllAccumulatorResults()));
        }
        if (cancelRequested) {
            return new JobOutcome(JobOutcome.State.CANCELLED, null, lastCounters);
        }
        return new JobOutcome(JobOutcome.State.FAILED, rootCause(error), lastCounters);
    }

    private static Map<String, Long> numeric(Map<String, Object> accumulators) {
        Map<String, Long> counters = new HashMap<>();
        accumulators.forEach((name, value) -> {
            if (value instanceof Number number) {
                counters.put(name, number.longValue());
            }
        });
        return counters;
    }

    private static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? error.toString() : error.getClass().getSimpleName() + " caused by " + root;
    }
}
