package io.streambench.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streambench.bench.results.CellResult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Backlog and engine-added latency through the run, one line per streaming cell: what shows first whether an engine
 * kept up. The backlog is in seconds of input (messages waiting over the offered rate), so that cells loaded at
 * different rates share one axis; a cell judged not sustained is named so in the legend.
 */
final class OverTimeCharts {
    static final String BACKLOG_ID = "chart-backlog-over-time";
    static final String LATENCY_ID = "chart-latency-over-time";
    private static final String JUDGED_AFTER_WARMUP = " Whether a cell kept up is judged after its warm-up only.";

    private OverTimeCharts() {
    }

    static List<Chart> of(List<CellResult> cells) {
        List<CellResult> sampled = cells.stream().filter(OverTimeCharts::sampled).toList();
        List<Chart> charts = new ArrayList<>();
        if (sampled.stream().anyMatch(cell -> !cell.sustain().backlog().isEmpty())) {
            charts.add(chart(BACKLOG_ID, "Backlog over time", "backlog, seconds of input", sampled,
                    OverTimeCharts::backlogPoints, "Messages the broker held that the engine had not yet read, sampled "
                            + "once a second from the broker (Kafka end offsets against the engine's read count, a "
                            + "queue's depth), divided by the offered rate. A line that keeps rising is an engine "
                            + "falling behind; engines report what they read with a lag of a few seconds, so single "
                            + "readings jump." + JUDGED_AFTER_WARMUP));
        }
        if (sampled.stream().anyMatch(cell -> !cell.sustain().latency().isEmpty())) {
            charts.add(chart(LATENCY_ID, "Engine-added latency over time", "engine-added latency, ms", sampled,
                    OverTimeCharts::latencyPoints, "Per second of the run, the largest engine-added latency of the "
                            + "results that became possible in that second (from the moment the pipeline's semantics "
                            + "allowed a result until a reader of the sink could see it). A rising line is an engine "
                            + "falling behind even where its backlog is small." + JUDGED_AFTER_WARMUP));
        }
        return charts;
    }

    private static boolean sampled(CellResult cell) {
        return cell.sustain() != null && (!cell.sustain().backlog().isEmpty() || !cell.sustain().latency().isEmpty());
    }

    private static Chart chart(String id, String title, String axisName, List<CellResult> cells,
                               Function<CellResult, List<double[]>> points, String caption) {
        ChartLabels labels = new ChartLabels(cells);
        ObjectNode option = ChartOptions.base("axis");
        option.set("xAxis", ChartOptions.valueAxis("seconds since the load started", false).put("min", 0));
        option.set("yAxis", ChartOptions.verticalValueAxis(axisName, false));
        ArrayNode series = option.putArray("series");
        for (CellResult cell : cells) {
            List<double[]> values = points.apply(cell);
            if (values.isEmpty()) {
                continue;
            }
            ObjectNode line = series.addObject().put("type", "line").put("name", labels.of(cell))
                    .put("showSymbol", false);
            ArrayNode data = line.putArray("data");
            values.forEach(value -> data.addArray().add(value[0]).add(value[1]));
        }
        return new Chart(id, title, caption, ChartOptions.MIN_HEIGHT, option);
    }

    private static List<double[]> backlogPoints(CellResult cell) {
        double rate = cell.throughput() == null ? 0 : cell.throughput().offeredRate();
        if (rate <= 0) {
            return List.of();
        }
        return cell.sustain().backlog().stream()
                .map(sample -> new double[]{sample.seconds(), Math.max(0, sample.backlog()) / rate}).toList();
    }

    private static List<double[]> latencyPoints(CellResult cell) {
        return cell.sustain().latency().stream().map(point -> new double[]{point.seconds(), point.millis()}).toList();
    }
}
