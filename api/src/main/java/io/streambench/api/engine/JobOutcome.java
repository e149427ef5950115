package io.streambench.api.engine;

import java.util.Map;
import java.util.Objects;

/** How a job ended, with its final counters. {@code failure} is set only for {@link State#FAILED}. */
public record JobOutcome(State state, String failure, Map<String, Long> counters) {
    public enum State { FINISHED, CANCELLED, FAILED }

    public JobOutcome {
        Objects.requireNonNull(state, "state");
        if ((state == State.FAILED) != (failure != null)) {
            throw new IllegalArgumentException("a failed outcome needs a failure, the others none");
        }
        counters = counters == null ? Map.of() : Map.copyOf(counters);
    }

    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }
}
