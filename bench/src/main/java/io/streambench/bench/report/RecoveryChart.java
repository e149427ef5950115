package io.streambench.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.fault.Recovery;
import io.streambench.bench.results.CellResult;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Per cell measured under a fault: seconds from the fault until results flowed again, and until a result's
 * processing latency was back under the cell's SLO. A cell that never got there has no bar and is named in the
 * caption.
 */
final class RecoveryChart {
    static final String ID = "chart-recovery";

    private RecoveryChart() {
    }

    static Optional<Chart> of(List<CellResult> cells) {
        List<CellResult> faulted = cells.stream().filter(cell -> cell.recovery() != null).toList();
        if (faulted.isEmpty()) {
            return Optional.empty();
        }
        ChartLabels labels = new ChartLabels(cells);
        ObjectNode option = ChartOptions.base("axis");
        option.set("yAxis", ChartOptions.categoryAxis(faulted.stream()
                .map(cell -> labels.of(cell) + "\nfault " + cell.recovery().fault()).toList()));
        option.set("xAxis", ChartOptions.valueAxis("seconds after the fault", false));
        ArrayNode series = option.putArray("series");
        bars(series, "results flowing again", faulted, Recovery::secondsToResults);
        bars(series, "a result's latency under the SLO again", faulted, Recovery::secondsToLatencyUnderSlo);
        String never = faulted.stream()
                .filter(cell -> cell.recovery().secondsToResults() == null
                        || cell.recovery().secondsToLatencyUnderSlo() == null)
                .map(cell -> CellFacts.label(cell) + " under " + cell.recovery().fault())
                .collect(Collectors.joining("; "));
        String caption = "Seconds from the fault's injection until the first result was visible in the sink again, and "
                + "until the first result whose processing latency was under the cell's SLO (the SLO, the losses and "
                + "the duplicates are in the table)."
                + (never.isEmpty() ? "" : " No bar: never got there in the run (" + never + ").");
        return Optional.of(new Chart(ID, "Recovery: seconds until results, and until their latency, came back", caption,
                ChartOptions.barChartHeight(faulted.size(), 2), option));
    }

    private static void bars(ArrayNode series, String name, List<CellResult> faulted,
                             Function<Recovery, Double> seconds) {
        ArrayNode data = series.addObject().put("type", "bar").put("name", name).put("barMaxWidth", 28).putArray("data");
        faulted.forEach(cell -> {
            Double value = seconds.apply(cell.recovery());
            if (value == null) {
                data.add("-");
            } else {
                data.add(value);
            }
        });
    }
}
