package io.streambench.bench.cli;

import io.streambench.bench.decision.BatchSchedule;
import io.streambench.bench.facts.EngineLoadFacts;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.Figure;
import io.streambench.bench.results.FigureSpread;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The run's summary on the console: one line per cell as it finishes, a table at the end. A cell run more than once
 * shows each figure's median over its runs, with their range and spread.
 */
final class ConsoleTable {
    private static final String ROW = "%-62s %-11s %9s %9s %8s %9s %9s %8s %8s %s%n";

    private ConsoleTable() {
    }

    static void cellLine(PrintWriter out, CellResult result) {
        String figures = switch (result.status()) {
            case UNSUPPORTED, FAILED, INTERRUPTED -> firstLine(result.reason());
            case NOT_SUSTAINED -> firstLine(result.reason()) + "; " + headline(result);
            default -> headline(result);
        };
        out.printf("%-11s %s: %s%n", "[" + result.status().wireName() + "]", result.cell().describe(), figures);
        if (result.cluster() != null) {
            out.printf("            on the %s%n", result.cluster().describe());
        }
        if (result.engineLoad() != null && result.engineLoad().summary() != null) {
            out.printf("            engine load: %s%n", EngineLoadFacts.describe(result.engineLoad()));
        }
        out.flush();
    }

    static void table(PrintWriter out, List<CellResult> results) {
        out.printf(ROW, "cell", "status", "+p50 ms", "+p99 ms", "firings", "ev/s", "cpu-s/M", "rss MB", "start s",
                "correct");
        for (CellResult result : results) {
            CellResult.Latency latency = result.latency();
            boolean measured = latency != null && latency.measured();
            out.printf(ROW, result.id(), result.status().wireName(), median(result, Figure.P50_LATENCY),
                    median(result, Figure.P99_LATENCY),
                    measured ? latency.firings() + (latency.enoughFirings() ? "" : "!") : "-",
                    rate(result).map(ConsoleTable::format).orElse("-"), median(result, Figure.CPU_PER_MILLION),
                    median(result, Figure.PEAK_RSS), median(result, Figure.STARTUP),
                    result.correctness() == null ? "-" : result.correctness().matched() + "/" + result.correctness().expected()
                            + (result.correctness().exact() ? "" : " WRONG"));
            if (!result.spread().isEmpty()) {
                out.printf("    %s%n", everyFigure(result));
            }
        }
        if (results.stream().anyMatch(result -> result.latency() != null && result.latency().measured()
                && !result.latency().enoughFirings())) {
            out.printf("+p50/+p99: engine-added latency; firings marked ! are fewer than %d, too few for a p99%n",
                    CellResult.Latency.ENOUGH_FIRINGS);
        } else {
            out.println("+p50/+p99: engine-added latency");
        }
        if (results.stream().anyMatch(result -> !result.spread().isEmpty())) {
            out.println("a cell run more than once shows medians; the line below it has each figure's median (min-max, "
                    + "spread = (max - min) / median)");
        }
        out.flush();
    }

    private static String headline(CellResult result) {
        StringBuilder text = new StringBuilder();
        CellResult.Latency latency = result.latency();
        if (latency != null && !latency.measured()) {
            text.append("no latency measured (no window closed by the load itself after the warm-up; load longer); ");
        } else if (latency != null) {
            var added = latency.engineAdded();
            text.append(String.format(Locale.ROOT, "engine-added latency p50 %s, p99 %s, max %s ms over %d emissions "
                            + "from %d window firings%s, emitting %s (processing p99 %s ms); ",
                    withSpread(result, Figure.P50_LATENCY), withSpread(result, Figure.P99_LATENCY), format(added.max()),
                    added.count(), latency.firings(), latency.enoughFirings() ? "" : " (TOO FEW for a p99)",
                    latency.emission(), withSpread(result, Figure.PROCESSING_P99)));
        }
        CellResult.Conditions conditions = result.conditions();
        if (conditions != null && conditions.harness() != null && conditions.harness().arrivalDelay().count() > 0) {
            text.append(String.format(Locale.ROOT, "load to broker p50 %s, p99 %s ms; ",
                    format(conditions.harness().arrivalDelay().p50()), format(conditions.harness().arrivalDelay().p99())));
        }
        if (result.batch() != null) {
            text.append(String.format(Locale.ROOT, "runtime %s s, hourly freshness %s s; ",
                    withSpread(result, Figure.BATCH_RUNTIME), BatchSchedule.of(result).stream()
                            .filter(schedule -> schedule.name().equals("1h")).findFirst()
                            .map(schedule -> format(schedule.freshnessSeconds())).orElse("-")));
        }
        rate(result).ifPresent(rate -> text.append(String.format(Locale.ROOT, "%s ev/s; ", format(rate))));
        if (result.cost() != null) {
            text.append(String.format(Locale.ROOT, "%s cpu-s per million events, peak rss %s MB; ",
                    withSpread(result, Figure.CPU_PER_MILLION), withSpread(result, Figure.PEAK_RSS)));
        }
        if (result.startup() != null) {
            text.append(String.format(Locale.ROOT, "first result after %s s; ", withSpread(result, Figure.STARTUP)));
        }
        CellResult.Correctness correctness = result.correctness();
        if (correctness != null) {
            text.append(correctness.exact() ? "correct" : "WRONG").append(String.format(Locale.ROOT,
                    " (%d/%d matched, %d missing, %d extra, %d wrong, %d duplicated)", correctness.matched(),
                    correctness.expected(), correctness.missing(), correctness.extra(), correctness.wrong(),
                    correctness.duplicated()));
        }
        if (conditions != null) {
            conditions.warnings().forEach(warning -> text.append("\n            warning: ").append(warning));
        }
        return text.toString();
    }

    /** A bounded run's drain rate, else the rate the engine read at the offered rate. */
    private static Optional<Double> rate(CellResult result) {
        return Figure.DRAIN_RATE.of(result).or(() -> Figure.ENGINE_READ_RATE.of(result));
    }

    private static String median(CellResult result, Figure figure) {
        return figure.of(result).map(ConsoleTable::format).orElse("-");
    }

    /** e.g. {@code 412 (398-455, spread 14%, 3 runs)}; a single run's figure alone. */
    private static String withSpread(CellResult result, Figure figure) {
        return figure.spreadOf(result).map(spread -> format(spread.median())
                + (spread.runs() < 2 ? "" : " (" + range(spread) + ", " + spread.runs() + " runs)")).orElse("-");
    }

    /** e.g. {@code 3 runs: engine-added p99, ms 80.0 (71.0-85.0, spread 18%); ...}, naming the runs a figure lacks. */
    private static String everyFigure(CellResult result) {
        int runs = result.repeats().size();
        List<String> figures = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            figure.spreadOf(result).ifPresent(spread -> figures.add(figure.label() + " " + format(spread.median())
                    + " (" + range(spread) + (spread.runs() < runs ? ", " + spread.runs() + " of " + runs + " runs" : "")
                    + ")"));
        }
        return runs + " runs: " + String.join("; ", figures);
    }

    private static String range(FigureSpread spread) {
        return format(spread.min()) + "-" + format(spread.max()) + (spread.relativeSpread() == null ? ""
                : String.format(Locale.ROOT, ", spread %.0f%%", spread.relativeSpread() * 100));
    }

    private static String format(Double value) {
        if (value == null || value.isNaN()) {
            return "-";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
