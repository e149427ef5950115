package io.streambench.bench.decision;

import io.streambench.api.json.DurationText;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Figure;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A schedule a batch job could run on, with the freshness it gives: interval plus the runtime of a run on one
 * interval's events (its fixed part plus the events at the measured drain rate; where no drain rate was measured,
 * the measured runtime, over repeated runs the median).
 */
public record BatchSchedule(String name, Duration interval, double runtimeSeconds) {

    /** The schedules of a batch cell, shortest interval first; none for a cell that did not run bounded. */
    public static List<BatchSchedule> of(CellResult result) {
        Optional<Double> runtime = Figure.BATCH_RUNTIME.of(result);
        if (result.batch() == null || runtime.isEmpty()) {
            return List.of();
        }
        return result.batch().freshnessSecondsBySchedule().keySet().stream()
                .map(name -> new BatchSchedule(name, DurationText.parse(name),
                        result.batch().runtimeSecondsBySchedule().getOrDefault(name, runtime.get())))
                .sorted(Comparator.comparing(BatchSchedule::interval))
                .toList();
    }

    public double freshnessSeconds() {
        return interval.toSeconds() + runtimeSeconds;
    }

    /** e.g. {@code every 1h: 3,600 s + 24.8 s runtime = 3,625 s} */
    public String describe() {
        return "every " + name + ": " + Figures.seconds(interval.toSeconds()) + " + " + Figures.seconds(runtimeSeconds)
                + " runtime = " + Figures.seconds(freshnessSeconds());
    }

    /** The share of each interval the job spends running, start-up included. */
    public double busyShare() {
        return runtimeSeconds / interval.toSeconds();
    }
}
