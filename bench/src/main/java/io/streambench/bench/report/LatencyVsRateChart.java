package io.streambench.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * p99 processing latency against the offered rate: one line per engine x broker x mode x pipeline through the cells
 * run at fixed rates, and the probes of each throughput search as points (hollow where the rate was not sustained).
 */
final class LatencyVsRateChart {
    static final String ID = "chart-latency-vs-rate";

    private LatencyVsRateChart() {
    }

    static Optional<Chart> of(List<CellResult> cells) {
        Map<String, List<ObjectNode>> lines = new LinkedHashMap<>();
        Map<String, List<ObjectNode>> searches = new LinkedHashMap<>();
        for (CellResult cell : cells) {
            if (cell.throughput() == null) {
                continue;
            }
            if (!cell.throughput().probes().isEmpty()) {
                searches.put(CellFacts.label(cell) + " probes", probes(cell));
            } else {
                double rate = cell.throughput().offeredRate();
                Figure.P99_LATENCY.of(cell).ifPresent(p99 -> lines.computeIfAbsent(lineName(cell),
                        name -> new ArrayList<>()).add(ChartOptions.point(Figures.rate(rate) + ": p99 "
                        + Figures.millis(p99), rate, p99)));
            }
        }
        searches.values().removeIf(List::isEmpty);
        // A line needs two rates; a matrix that offers one rate per cell has nothing to draw against the rate.
        lines.values().removeIf(points -> points.stream().map(point -> point.get("value").get(0).asDouble())
                .distinct().count() < 2);
        if (lines.isEmpty() && searches.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode option = ChartOptions.base("item");
        ChartOptions.child(option, "tooltip").put("formatter", "{a}\n{b}");
        List<Double> rates = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        Stream.concat(lines.values().stream(), searches.values().stream()).flatMap(List::stream).forEach(point -> {
            rates.add(point.get("value").get(0).asDouble());
            latencies.add(point.get("value").get(1).asDouble());
        });
        option.set("xAxis", ChartOptions.logRange(ChartOptions.valueAxis("offered rate, events/s (log scale)", true),
                rates));
        option.set("yAxis", ChartOptions.logRange(ChartOptions.verticalValueAxis("p99 engine-added latency, ms (log scale)",
                true), latencies));
        ArrayNode series = option.putArray("series");
        lines.forEach((name, points) -> {
            ArrayNode data = series.addObject().put("type", "line").put("name", name).put("symbolSize", 9)
                    .putArray("data");
            points.stream().sorted(Comparator.comparingDouble(point -> point.get("value").get(0).asDouble()))
                    .forEach(data::add);
        });
        searches.forEach((name, points) -> {
            ArrayNode data = series.addObject().put("type", "scatter").put("name", name).put("symbolSize", 11)
                    .putArray("data");
            points.forEach(data::add);
        });
        return Optional.of(new Chart(ID, "Latency against offered rate", "p99 engine-added latency of each cell at "
                + "the rate offered to it: from when the pipeline's semantics allowed a result (counted from intended "
                + "send times, open loop) until a reader of the sink could see it. Throughput "
                + "searches show every probe; a hollow point is a rate that was not sustained, and its tooltip says "
                + "why.", ChartOptions.MIN_HEIGHT, option));
    }

    private static String lineName(CellResult cell) {
        return CellFacts.option(cell) + " " + cell.cell().pipeline()
                + (CellFacts.guarantee(cell) == DeliveryGuarantee.EXACTLY_ONCE ? " exactly-once" : "");
    }

    private static List<ObjectNode> probes(CellResult cell) {
        List<ObjectNode> points = new ArrayList<>();
        for (CellResult.Probe probe : cell.throughput().probes()) {
            if (!Figures.measured(probe.p99Millis()) || probe.p99Millis() <= 0) {
                continue;
            }
            ObjectNode point = ChartOptions.point(Figures.rate(probe.offeredRate()) + ": p99 "
                    + Figures.millis(probe.p99Millis()) + ", " + probe.why(), probe.offeredRate(), probe.p99Millis());
            point.put("symbol", probe.sustained() ? "circle" : "emptyCircle");
            points.add(point);
        }
        return points;
    }
}
