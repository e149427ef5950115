package io.streambench.api.engine;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How a job ended, with its final counters. {@code failure} is set only for {@link State#FAILED} and {@link
 * State#UNSUPPORTED} (the engine refused the job once it saw it whole: the reason); {@link State#SUSPENDED} is a stop a
 * later submission with the same work directory resumes from ({@link JobHandle#suspend}).
 */
public record JobOutcome(State state, String failure, Map<String, Long> counters) {
    public enum State { FINISHED, CANCELLED, SUSPENDED, FAILED, UNSUPPORTED }

    public JobOutcome {
        Objects.requireNonNull(state, "state");
        if ((state == State.FAILED || state == State.UNSUPPORTED) != (failure != null)) {
            throw new IllegalArgumentException("a failed or unsupported outcome needs a failure, the others none");
        }
        counters = counters == null ? Map.of() : Map.copyOf(counters);
    }

    /**
     * {@link JobHandle#await} for handles that keep their outcome in a future which never fails (a failed job is a
     * {@link State#FAILED} outcome): the outcome, or empty if it is not there within {@code timeout}.
     */
    public static Optional<JobOutcome> within(Future<JobOutcome> outcome, Duration timeout) throws InterruptedException {
        try {
            return Optional.of(outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("unreachable: the outcome future never fails", e);
        }
    }

    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }
}
