package io.streambench.bench.run;

import io.streambench.api.json.ConfigException;
import io.streambench.api.json.DurationText;
import io.streambench.bench.engines.BrokerFlavor;
import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.matrix.NearestNames;
import io.streambench.bench.matrix.PipelineReference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks every cell of a matrix before anything starts (no broker, no engine, no results directory): names against
 * the known ones, pipeline files, and loads against their bounds, so that a mistake costs a second, not a run.
 */
public final class CellCheck {
    /** A day of load is already far beyond what a benchmark cell needs; longer is a typo in a unit. */
    public static final Duration MAX_DURATION = Duration.ofHours(24);
    public static final long MAX_EVENTS = 1_000_000_000L;
    /** Well above what one loader can offer; higher is a typo. */
    public static final double MAX_RATE = 10_000_000;

    private CellCheck() {
    }

    /**
     * @param engines the names of the engines found under the home
     * @throws IllegalArgumentException listing every problem of every cell, each under the cell's label
     */
    public static void requireRunnable(MatrixFile matrix, List<String> engines) {
        Set<String> problems = new LinkedHashSet<>();
        List<CellSettings> cells = matrix.expand();
        for (int index = 0; index < cells.size(); index++) {
            CellSettings cell = cells.get(index);
            for (String problem : problems(cell, engines)) {
                problems.add(cells.size() == 1 ? problem : "cell " + (index + 1) + " (" + cell.describe() + "): " + problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }

    /** What keeps this cell from running; empty if nothing does. */
    public static List<String> problems(CellSettings cell, List<String> engines) {
        List<String> problems = new ArrayList<>();
        requireKnown(problems, "engine", cell.engine(), engines);
        requireKnown(problems, "broker", cell.broker(), BrokerFlavor.names());
        if (cell.sink() != null) {
            requireKnown(problems, "sink", cell.sink(), SinkStores.NAMES);
        }
        if (cell.mode() == null) {
            problems.add("no mode: batch, available-now, microbatch:<interval> or continuous");
        }
        if (cell.pipeline() == null) {
            problems.add("no pipeline: a ready pipeline's name (streambench list) or a pipeline YAML file");
        } else {
            try {
                PipelineReference.resolve(cell.pipeline());
            } catch (IllegalArgumentException | ConfigException e) {
                problems.add(e.getMessage());
            }
        }
        problems.addAll(loadProblems(cell));
        return problems;
    }

    private static List<String> loadProblems(CellSettings cell) {
        List<String> problems = new ArrayList<>();
        if (cell.events() != null && (cell.events() < 1 || cell.events() > MAX_EVENTS)) {
            problems.add("events must be between 1 and " + MAX_EVENTS + ", was " + cell.events());
        }
        if (cell.duration() != null && (cell.duration().compareTo(Duration.ofSeconds(1)) < 0
                || cell.duration().compareTo(MAX_DURATION) > 0)) {
            problems.add("duration must be between 1s and " + MAX_DURATION.toHours() + "h, was "
                    + DurationText.format(cell.duration()));
        }
        if (cell.rate() != null && cell.rate() > MAX_RATE) {
            problems.add("rate must be at most " + (long) MAX_RATE + " events per second, was " + cell.rate());
        }
        if (cell.warmup() != null && cell.warmup().isNegative()) {
            problems.add("warmup must not be negative, was " + DurationText.format(cell.warmup()));
        }
        if (cell.duration() != null && cell.warmup() != null && cell.warmup().compareTo(cell.duration()) >= 0) {
            problems.add("warmup (" + DurationText.format(cell.warmup()) + ") must be shorter than the duration ("
                    + DurationText.format(cell.duration()) + "), or no result would count for latency");
        }
        if (cell.parallelism() != null && cell.parallelism() < 1) {
            problems.add("parallelism must be >= 1, was " + cell.parallelism());
        }
        return problems;
    }

    private static void requireKnown(List<String> problems, String what, String given, List<String> known) {
        if (given == null) {
            problems.add("no " + what + " (known: " + String.join(", ", known) + ")");
        } else if (!known.contains(given)) {
            problems.add(NearestNames.unknown(what, given, known));
        }
    }
}
