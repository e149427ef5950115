package io.streambench.bench.fault;

import io.streambench.api.result.ObservedResult;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Recovery from the sink's point of view: how long after the fault results flowed again, and how long until an
 * emission's engine-added latency was back under the SLO.
 */
public final class RecoveryMeasurement {
    private RecoveryMeasurement() {
    }

    public static Recovery of(Fault fault, long injectedAt, long recoveryActionDoneAt,
                              List<ObservedResult> observed,
                              Function<ObservedResult, Optional<Long>> engineAdded, long sloMillis,
                              long lost, long duplicated,
                              Long postgresRewrites, Replay replay) {
        List<ObservedResult> after = observed.stream().filter(result -> result.visibleTime() > injectedAt)
                .sorted(Comparator.comparingLong(ObservedResult::visibleTime)).toList();
        Double flowing = after.stream().findFirst()
                .map(first -> (first.visibleTime() - injectedAt) / 1000.0).orElse(null);
        Double underSlo = after.stream()
                .filter(result -> engineAdded.apply(result).map(latency -> latency <= sloMillis).orElse(false))
                .findFirst().map(first -> (first.visibleTime() - injectedAt) / 1000.0).orElse(null);
        return new Recovery(fault.toString(), injectedAt, (recoveryActionDoneAt - injectedAt) / 1000.0,
                flowing, underSlo, sloMillis, lost, duplicated, postgresRewrites, replay);
    }
}
