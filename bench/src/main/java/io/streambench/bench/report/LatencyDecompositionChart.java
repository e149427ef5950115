package io.streambench.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.results.CellResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Where the seconds go: each cell's mean processing latency as a stacked bar of window wait, watermark bound,
 * allowed lateness (final emissions only) and what the engine added, so that a reader sees how much of a latency is
 * the pipeline's parameters and how much the engine's.
 */
final class LatencyDecompositionChart {
    static final String ID = "chart-latency-decomposition";

    private LatencyDecompositionChart() {
    }

    static Optional<Chart> of(List<CellResult> cells) {
        List<CellResult> measured = cells.stream().filter(CellFacts::hasLatency).toList();
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        ChartLabels labels = new ChartLabels(cells);
        Map<String, ToDoubleFunction<CellResult.Decomposition>> parts = new LinkedHashMap<>();
        parts.put("window wait", CellResult.Decomposition::windowWaitMillis);
        parts.put("watermark bound", CellResult.Decomposition::watermarkBoundMillis);
        parts.put("allowed lateness", CellResult.Decomposition::latenessMillis);
        parts.put("engine", CellResult.Decomposition::engineMillis);
        ObjectNode option = ChartOptions.base("axis");
        option.set("yAxis", ChartOptions.categoryAxis(measured.stream().map(labels::of).toList()));
        option.set("xAxis", ChartOptions.valueAxis("mean processing latency, ms", false));
        ArrayNode series = option.putArray("series");
        parts.forEach((name, part) -> {
            ArrayNode data = series.addObject().put("type", "bar").put("name", name).put("stack", "latency")
                    .put("barMaxWidth", 18).putArray("data");
            measured.forEach(cell -> data.add(Math.round(part.applyAsDouble(cell.latency().decomposition()))));
        });
        String caption = "Mean processing latency per cell (visible in the sink minus the largest intended send time "
                + "of the emission's events), split where it goes: window wait (until event time reaches the window "
                + "end), watermark bound (until the watermark passes it), allowed lateness (until no event can change "
                + "the result: only for cells emitting final results), and engine: what the engine added after the "
                + "pipeline's semantics allowed the emission. Only the last is the engine's; the rest follows from the "
                + "pipeline and is the same for every engine. Event-time latency (visible minus window end) is in the "
                + "cell table.";
        return Optional.of(new Chart(ID, "Where the latency goes", caption,
                ChartOptions.barChartHeight(measured.size(), 1), option));
    }
}
