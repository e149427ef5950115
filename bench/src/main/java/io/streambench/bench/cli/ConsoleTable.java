package io.streambench.bench.cli;

import io.streambench.bench.results.CellResult;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The run's summary on the console: one line per cell as it finishes, a table at the end. */
final class ConsoleTable {
    private static final String ROW = "%-62s %-11s %9s %9s %8s %9s %9s %8s %8s %s%n";

    private ConsoleTable() {
    }

    static void cellLine(PrintWriter out, CellResult result) {
        String figures = switch (result.status()) {
            case CellResult.UNSUPPORTED, CellResult.FAILED -> firstLine(result.reason());
            default -> headline(result);
        };
        out.printf("%-11s %s: %s%n", "[" + result.status() + "]", result.cell().describe(), figures);
        out.flush();
    }

    static void table(PrintWriter out, List<CellResult> results) {
        out.printf(ROW, "cell", "status", "+p50 ms", "+p99 ms", "firings", "ev/s", "cpu-s/M", "rss MB", "start s",
                "correct");
        for (CellResult result : results) {
            CellResult.Latency latency = result.latency();
            boolean measured = latency != null && latency.measured();
            out.printf(ROW, result.id(), result.status(),
                    measured ? format(latency.engineAdded().p50()) : "-",
                    measured ? format(latency.engineAdded().p99()) : "-",
                    measured ? latency.firings() + (latency.enoughFirings() ? "" : "!") : "-",
                    result.throughput() == null ? "-" : format(rate(result)),
                    result.cost() == null ? "-" : format(result.cost().cpuSecondsPerMillionEvents()),
                    result.cost() == null ? "-" : format(result.cost().peakRssMb()),
                    result.startup() == null ? "-" : format(result.startup().secondsToFirstResult()),
                    result.correctness() == null ? "-" : result.correctness().matched() + "/" + result.correctness().expected()
                            + (result.correctness().exact() ? "" : " WRONG"));
        }
        if (results.stream().anyMatch(result -> result.latency() != null && result.latency().measured()
                && !result.latency().enoughFirings())) {
            out.printf("+p50/+p99: engine-added latency; firings marked ! are fewer than %d, too few for a p99%n",
                    CellResult.Latency.ENOUGH_FIRINGS);
        } else {
            out.println("+p50/+p99: engine-added latency");
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
                            + "from %d window firings%s, emitting %s (processing p99 %s ms); ", format(added.p50()),
                    format(added.p99()), format(added.max()), added.count(), latency.firings(),
                    latency.enoughFirings() ? "" : " (TOO FEW for a p99)", latency.emission(),
                    format(latency.processing().p99())));
        }
        CellResult.Conditions conditions = result.conditions();
        if (conditions != null && conditions.harness() != null && conditions.harness().arrivalDelay().count() > 0) {
            text.append(String.format(Locale.ROOT, "load to broker p50 %s, p99 %s ms; ",
                    format(conditions.harness().arrivalDelay().p50()), format(conditions.harness().arrivalDelay().p99())));
        }
        if (result.batch() != null) {
            text.append(String.format(Locale.ROOT, "runtime %s s, hourly freshness %s s; ",
                    format(result.batch().runtimeSeconds()), format(result.batch().freshnessSecondsBySchedule().get("1h"))));
        }
        if (result.throughput() != null) {
            text.append(String.format(Locale.ROOT, "%s ev/s; ", format(rate(result))));
        }
        if (result.cost() != null) {
            text.append(String.format(Locale.ROOT, "%s cpu-s per million events, peak rss %s MB; ",
                    format(result.cost().cpuSecondsPerMillionEvents()), format(result.cost().peakRssMb())));
        }
        if (result.startup() != null) {
            text.append(String.format(Locale.ROOT, "first result after %s s; ", format(result.startup().secondsToFirstResult())));
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

    private static Double rate(CellResult result) {
        CellResult.Throughput throughput = result.throughput();
        return throughput.drainRate() != null ? throughput.drainRate() : throughput.engineReadRate();
    }

    private static String format(Double value) {
        if (value == null || value.isNaN()) {
            return "-";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
