package io.streambench.bench.decision;

import io.streambench.api.json.DurationText;
import io.streambench.bench.report.Figures;
import io.streambench.bench.results.CellResult;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * A schedule a batch job could run on, with the freshness it gives: interval plus the runtime of a run on one
 * interval's events (start-up plus the events at the measured drain rate).
 */
public record BatchSchedule(String name, Duration interval, double freshnessSeconds, double runtimeSeconds) {

    /** The schedules of a batch cell, shortest interval first; none for a cell that did not run bounded. */
    public static List<BatchSchedule> of(CellResult result) {
        CellResult.Batch batch = result.batch();
        if (batch == null) {
            return List.of();
        }
        return batch.freshnessSecondsBySchedule().entrySet().stream()
                .map(entry -> new BatchSchedule(entry.getKey(), DurationText.parse(entry.getKey()), entry.getValue(),
                        batch.runtimeSecondsBySchedule().getOrDefault(entry.getKey(), batch.runtimeSeconds())))
                .sorted(Comparator.comparing(BatchSchedule::interval))
                .toList();
    }

    /** e.g. {@code every 1h: 3,600 s + 24.8 s runtime = 3,625 s} */
    public String describe() {
        return "every " + name + ": " + Figures.seconds(interval.toSeconds()) + " + " + Figures.seconds(runtimeSeconds)
                + " runtime = " + Figures.seconds(freshnessSeconds);
    }

    /** The share of each interval the job spends running, start-up included. */
    public double busyShare() {
        return runtimeSeconds / interval.toSeconds();
    }
}
