package io.streambench.kafkastreams;

import io.streambench.api.engine.JobHandle;
import io.streambench.api.engine.JobOutcome;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A running {@link KafkaStreams} instance. It runs until cancelled or failed; a planned stop is a clean close, which
 * commits the offsets, changelogs and (exactly-once) transaction of every task: a job submitted again with the same
 * work directory resumes there and reads nothing twice.
 */
final class KafkaStreamsJobHandle implements JobHandle {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaStreamsJobHandle.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaStreams streams;
    private final JobCounters counters;
    private final String applicationId;
    private final CompletableFuture<JobOutcome> outcome = new CompletableFuture<>();
    private volatile JobOutcome.State stopAs = JobOutcome.State.FINISHED;
    private volatile String failure;

    KafkaStreamsJobHandle(KafkaStreams streams, JobCounters counters, String applicationId) {
        this.streams = streams;
        this.counters = counters;
        this.applicationId = applicationId;
        streams.setUncaughtExceptionHandler(exception -> {
            failure = rootMessage(exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((newState, oldState) -> {
            LOG.info("kafka streams {}: {} -> {}", applicationId, oldState, newState);
            switch (newState) {
                case PENDING_SHUTDOWN, PENDING_ERROR -> counters.freeze();
                case NOT_RUNNING -> outcome.complete(new JobOutcome(stopAs, null, counters.snapshot()));
                case ERROR -> outcome.complete(new JobOutcome(JobOutcome.State.FAILED,
                        failure == null ? "kafka streams went into state ERROR" : failure, counters.snapshot()));
                default -> {
                }
            }
        });
    }

    void start() {
        streams.start();
    }

    @Override
    public Optional<JobOutcome> await(Duration timeout) throws InterruptedException {
        return JobOutcome.within(outcome, timeout);
    }

    @Override
    public void cancel() {
        stop(JobOutcome.State.CANCELLED);
    }

    @Override
    public String suspend() {
        if (outcome.isDone()) {
            throw new IllegalStateException("kafka-streams job " + applicationId + " has already ended");
        }
        stop(JobOutcome.State.SUSPENDED);
        return "offsets committed by consumer group " + applicationId + ", state in its changelog topics";
    }

    private void stop(JobOutcome.State state) {
        if (outcome.isDone()) {
            streams.close(CLOSE_TIMEOUT);
            return;
        }
        stopAs = state;
        streams.close(CLOSE_TIMEOUT);
    }

    @Override
    public boolean isRunning() {
        return !outcome.isDone();
    }

    @Override
    public Map<String, Long> counters() {
        return outcome.isDone() ? outcome.join().counters() : counters.snapshot();
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return exception.getMessage() + (root == exception ? "" : " (" + root + ")");
    }
}
