package io.streambench.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streambench.bench.decision.BatchSchedule;
import io.streambench.bench.facts.Anchors;
import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.matrix.SloProfile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The batch-to-streaming continuum of one pipeline: how fresh its results are (a batch job's freshness on its
 * shortest schedule, a streaming job's p99 latency), on a log scale, against what it costs per million events. One
 * point per cell, coloured by kind of mode; the profiles' bounds as horizontal lines.
 */
final class ContinuumChart {
    private static final String[] KINDS = {"batch (freshness on its shortest schedule)", "micro-batch (p99 latency)",
            "continuous (p99 latency)"};

    private ContinuumChart() {
    }

    static List<Chart> of(List<CellResult> cells, List<SloProfile> profiles) {
        Map<String, List<CellResult>> byPipeline = new LinkedHashMap<>();
        cells.forEach(cell -> byPipeline.computeIfAbsent(cell.cell().pipeline(), pipeline -> new ArrayList<>()).add(cell));
        List<Chart> charts = new ArrayList<>();
        byPipeline.forEach((pipeline, ofPipeline) -> chart(pipeline, ofPipeline, profiles).ifPresent(charts::add));
        return charts;
    }

    private static Optional<Chart> chart(String pipeline, List<CellResult> cells, List<SloProfile> profiles) {
        List<List<ObjectNode>> pointsByKind = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (CellResult cell : cells) {
            freshnessSeconds(cell).filter(seconds -> seconds > 0
                            && Figure.CPU_PER_MILLION.of(cell).filter(cost -> cost > 0).isPresent())
                    .ifPresent(seconds -> pointsByKind.get(CellFacts.operationalWeight(cell)).add(point(cell, seconds)));
        }
        if (pointsByKind.stream().allMatch(List::isEmpty)) {
            return Optional.empty();
        }
        ObjectNode option = ChartOptions.base("item");
        ChartOptions.child(option, "tooltip").put("formatter", "{a}\n{b}");
        List<Double> costs = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        pointsByKind.forEach(points -> points.forEach(point -> {
            costs.add(point.get("value").get(0).asDouble());
            heights.add(point.get("value").get(1).asDouble());
        }));
        // The profiles' bounds are on the axis too, or a bound outside the points' range would not be drawn.
        heights.addAll(boundSeconds(pipeline, profiles).values());
        option.set("xAxis", ChartOptions.logRange(ChartOptions.valueAxis("CPU-seconds per million events (log scale)",
                true), costs));
        option.set("yAxis", ChartOptions.logRange(ChartOptions.verticalValueAxis(
                "freshness or p99 latency, s (log scale)", true), heights));
        ArrayNode series = option.putArray("series");
        for (int kind = 0; kind < KINDS.length; kind++) {
            ObjectNode one = series.addObject().put("type", "scatter").put("name", KINDS[kind]).put("symbolSize", 14);
            one.putObject("label").put("show", true).put("position", "right").put("fontSize", 11);
            // Every point keeps its label: overlapping ones are moved apart vertically and tied to their point.
            one.putObject("labelLayout").put("moveOverlap", "shiftY");
            one.putObject("labelLine").put("show", true).put("length2", 6);
            ArrayNode data = one.putArray("data");
            pointsByKind.get(kind).forEach(data::add);
            if (kind == 0) {
                bounds(pipeline, profiles).ifPresent(lines -> one.set("markLine", lines));
            }
        }
        return Optional.of(new Chart(Anchors.continuum(pipeline), "Continuum: " + pipeline, "Each point is a cell of pipeline "
                + pipeline + ": lower is fresher, further left is cheaper. A batch job's freshness is its schedule's "
                + "interval plus its measured runtime (shortest schedule shown; the others are in the cell table); a "
                + "streaming job's is its p99 processing latency. Dashed lines are the bounds the profiles set.", ChartOptions.MIN_HEIGHT,
                option));
    }

    private static Optional<Double> freshnessSeconds(CellResult cell) {
        List<BatchSchedule> schedules = BatchSchedule.of(cell);
        if (!schedules.isEmpty()) {
            return Optional.of(schedules.get(0).freshnessSeconds());
        }
        return Figure.PROCESSING_P99.of(cell).map(millis -> millis / 1000);
    }

    private static ObjectNode point(CellResult cell, double seconds) {
        double cost = Figure.CPU_PER_MILLION.of(cell).orElseThrow();
        ObjectNode point = ChartOptions.point(CellFacts.label(cell) + "\n" + Figures.seconds(seconds) + ", "
                + Figures.cpuPerMillion(cost) + (CellFacts.isOk(cell) ? "" : "\nstatus: " + cell.status().wireName()),
                cost, seconds);
        point.putObject("label").put("formatter", CellFacts.label(cell)
                + (CellFacts.isOk(cell) ? "" : " (" + cell.status().wireName() + ")"));
        return point;
    }

    private static Optional<ObjectNode> bounds(String pipeline, List<SloProfile> profiles) {
        Map<String, Double> bounds = boundSeconds(pipeline, profiles);
        if (bounds.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode lines = ChartOptions.array();
        bounds.forEach((name, seconds) -> lines.addObject().put("name", name).put("yAxis", seconds));
        ObjectNode markLine = ChartOptions.object().put("silent", true).put("symbol", "none");
        markLine.putObject("lineStyle").put("type", "dashed");
        markLine.putObject("label").put("formatter", "{b}").put("position", "insideEndTop");
        markLine.set("data", lines);
        return Optional.of(markLine);
    }

    /** The latency and freshness bounds of the profiles of the pipeline, in seconds, by the line's name. */
    private static Map<String, Double> boundSeconds(String pipeline, List<SloProfile> profiles) {
        Map<String, Double> bounds = new LinkedHashMap<>();
        for (SloProfile profile : profiles) {
            if (profile.pipeline() != null && !profile.pipeline().equals(pipeline)) {
                continue;
            }
            if (profile.slo().p99LatencyMs() != null && profile.slo().p99LatencyMs() > 0) {
                bounds.put(profile.name() + ": p99", profile.slo().p99LatencyMs() / 1000.0);
            }
            if (profile.slo().maxFreshness() != null && !profile.slo().maxFreshness().isZero()) {
                bounds.put(profile.name() + ": freshness", (double) profile.slo().maxFreshness().toSeconds());
            }
        }
        return bounds;
    }
}
