package io.streambench.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.LatencySummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Processing-latency percentiles per cell, as bars on a log scale: only cells that measured a latency. */
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
        List<Double> values = measured.stream().flatMap(cell -> percentiles.values().stream()
                .map(percentile -> percentile.applyAsDouble(cell.latency().processing()))).toList();
        option.set("xAxis", ChartOptions.logRange(ChartOptions.valueAxis("processing latency, ms (log scale)", true),
                values));
        ArrayNode series = option.putArray("series");
        percentiles.forEach((name, percentile) -> {
            ArrayNode data = series.addObject().put("type", "bar").put("name", name).put("barMaxWidth", 14)
                    .putArray("data");
            measured.forEach(cell -> {
                double value = percentile.applyAsDouble(cell.latency().processing());
                if (value > 0) {
                    data.add(value);
                } else {
                    data.add("-");
                }
            });
        });
        long withoutLatency = cells.size() - measured.size();
        String caption = "Processing latency (visible in the sink minus the largest intended send time of the "
                + "result's events) per cell that measured one, warm-up excluded."
                + (withoutLatency == 0 ? "" : " " + withoutLatency + " cells have none: batch runs deliver every "
                + "result at their end (see freshness), and unsupported or failed cells measured nothing.");
        return Optional.of(new Chart(ID, "Latency percentiles per cell", caption,
                ChartOptions.barChartHeight(measured.size(), percentiles.size()), option));
    }
}
