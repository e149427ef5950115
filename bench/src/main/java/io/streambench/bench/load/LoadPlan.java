package io.streambench.bench.load;

import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.event.SendSchedule;

import java.time.Duration;
import java.util.Objects;

/**
 * What the loader sends: the first {@code events} of the generated stream, on {@code schedule} or, without one, as
 * fast as the broker takes them (a backlog), then the end-of-input markers at {@code markerEventTime}.
 *
 * @param timeout how long the load may go without progress: no event sent, or a flush not done
 */
public record LoadPlan(GeneratorConfig workload, long events, SendSchedule schedule, long markerEventTime,
                       Duration timeout) {
    public LoadPlan {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(timeout, "timeout");
        if (events < 0) {
            throw new IllegalArgumentException("events must be >= 0, was " + events);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }
}
