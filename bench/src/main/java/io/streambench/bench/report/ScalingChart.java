package io.streambench.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.facts.ScalingSeries;
import io.streambench.bench.results.CellResult;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sustainable throughput against parallelism, one line per engine, pipeline and cluster shape, with the steady cost
 * per million events of the same cells as dashed lines on a second axis: the scalability chart of Theodolite.
 */
final class ScalingChart {
    static final String ID = "chart-scaling";

    private ScalingChart() {
    }

    static Optional<Chart> of(List<CellResult> cells) {
        List<ScalingSeries> all = ScalingSeries.of(cells);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode option = ChartOptions.base("item");
        ChartOptions.child(option, "tooltip").put("formatter", "{a}\n{b}");
        option.set("xAxis", ChartOptions.valueAxis("parallelism", false).put("minInterval", 1));
        ArrayNode yAxes = option.putArray("yAxis");
        yAxes.add(ChartOptions.verticalValueAxis("sustainable events/s", false));
        yAxes.add(ChartOptions.verticalValueAxis("steady CPU-s per million events", false));
        ArrayNode series = option.putArray("series");
        for (ScalingSeries line : all) {
            ArrayNode rates = series.addObject().put("type", "line").put("name", line.name()).put("symbolSize", 9)
                    .putArray("data");
            ObjectNode cost = series.addObject().put("type", "line").put("name", line.name() + ", cost")
                    .put("yAxisIndex", 1).put("symbolSize", 7);
            ChartOptions.child(cost, "lineStyle").put("type", "dashed");
            ArrayNode costs = cost.putArray("data");
            for (ScalingSeries.Point point : line.points()) {
                rates.add(ChartOptions.point(String.format(Locale.ROOT, "parallelism %d: %s sustained, efficiency %.0f %%",
                        point.parallelism(), Figures.rate(point.sustainableRate()), 100 * line.efficiency(point)),
                        point.parallelism(), point.sustainableRate()));
                if (Figures.measured(point.steadyCpuPerMillion())) {
                    costs.add(ChartOptions.point("parallelism " + point.parallelism() + ": "
                                    + Figures.cpuPerMillion(point.steadyCpuPerMillion()), point.parallelism(),
                            point.steadyCpuPerMillion()));
                }
            }
        }
        return Optional.of(new Chart(ID, "Scaling: sustainable throughput and cost against parallelism",
                "Each line is one pipeline on a project-started cluster of one shape (workers x slots), its "
                        + "sustainable throughput found by a throughput search at each parallelism; dashed: the steady "
                        + "CPU-seconds per million events of the same cells (engine, cluster and broker). Efficiency = "
                        + "throughput / (parallelism x the lowest parallelism's throughput per instance). On a machine "
                        + "with fewer cores than instances, instances share cores: such points measure contention, "
                        + "not scale-out.", ChartOptions.MIN_HEIGHT, option));
    }
}
