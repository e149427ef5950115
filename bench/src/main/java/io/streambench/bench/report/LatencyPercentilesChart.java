package io.streambench.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.LatencySummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Engine-added latency percentiles per cell, as bars on a linear scale (a log scale made 15 s and 36 s look alike):
 * only cells that measured a latency.
 */
final class LatencyPercentilesChart {
    static final String ID = "chart-latency-percentiles";

    private LatencyPercentilesChart() {
    }

    static Optional<Chart> of(List<CellResult> cells) {
        List<CellResult> measured = cells.stream().filter(CellFacts::hasLatency).toList();
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        ChartLabels labels = new ChartLabels(cells);
        Map<String, ToDoubleFunction<LatencySummary>> percentiles = new LinkedHashMap<>();
        percentiles.put("p50", LatencySummary::p50);
        percentiles.put("p95", LatencySummary::p95);
        percentiles.put("p99", LatencySummary::p99);
        percentiles.put("p99.9", LatencySummary::p999);
        percentiles.put("max", LatencySummary::max);
        ObjectNode option = ChartOptions.base("axis");
        option.set("yAxis", ChartOptions.categoryAxis(measured.stream().map(labels::of).toList()));
        option.set("xAxis", ChartOptions.valueAxis("engine-added latency, ms", false));
        ArrayNode series = option.putArray("series");
        percentiles.forEach((name, percentile) -> {
            ArrayNode data = series.addObject().put("type", "bar").put("name", name).put("barMaxWidth", 14)
                    .putArray("data");
            measured.forEach(cell -> {
                double value = percentile.applyAsDouble(cell.latency().engineAdded());
                data.add(value);
            });
        });
        long withoutLatency = cells.size() - measured.size();
        List<String> fewFirings = measured.stream().filter(cell -> !cell.latency().enoughFirings())
                .map(cell -> labels.of(cell) + " (" + cell.latency().firings() + ")").toList();
        String caption = "Engine-added latency per cell that measured one, warm-up excluded: for each emission, when a "
                + "reader of the sink could first see it minus its availability, the intended send time of the event "
                + "whose arrival first allowed it under the cell's emission (the watermark passing the window end, or "
                + "end plus allowed lateness for final emissions; the event itself for stateless results), with one "
                + "watermark over all events in arrival order. A zero-delay engine scores 0 whatever the window size "
                + "or watermark bound; what an engine's own watermark design adds counts. A percentile below 0 (a "
                + "result seen before the load made it possible, as far as the clocks' offsets allow) is drawn left "
                + "of the axis."
                + (withoutLatency == 0 ? "" : " " + withoutLatency + " cells have none: batch runs deliver every "
                + "result at their end (see freshness), and unsupported or failed cells measured nothing.")
                + (fewFirings.isEmpty() ? "" : " Too few window firings for a p99 (fewer than "
                + CellResult.Latency.ENOUGH_FIRINGS + "): " + String.join(", ", fewFirings) + ".")
                + (measured.stream().allMatch(cell -> cell.spread().isEmpty()) ? "" : " A cell run more than once "
                + "shows the percentiles of its run with the median p99; the cell table has each figure's median and "
                + "the range of its runs.");
        return Optional.of(new Chart(ID, "Latency percentiles per cell", caption,
                ChartOptions.barChartHeight(measured.size(), percentiles.size()), option));
    }
}
