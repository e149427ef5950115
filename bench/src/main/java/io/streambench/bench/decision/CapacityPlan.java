package io.streambench.bench.decision;

import io.streambench.bench.facts.Figures;
import io.streambench.bench.facts.Markdown;
import io.streambench.bench.facts.ScalingSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * For a profile that plans for a rate past this machine ({@code plannedRate}): the parallel instances, workers and
 * cores each measured scaling series would take to sustain it. A model, stated with its inputs and its spread, never
 * a measurement: throughput per instance at the lowest parallelism, times the parallelism, times the scaling
 * efficiency; the range comes from the lowest and the highest efficiency measured beyond the base.
 */
final class CapacityPlan {
    private CapacityPlan() {
    }

    static boolean applies(ProfileDecision decision) {
        return decision.profile().plannedRate() != null;
    }

    static List<String> lines(ProfileDecision decision, String htmlFile) {
        double planned = decision.profile().plannedRate();
        List<ScalingSeries> all = ScalingSeries.of(decision.verdicts().stream().map(CellVerdict::result).toList());
        List<String> lines = new ArrayList<>();
        if (all.isEmpty()) {
            lines.add("No capacity can be planned for " + Figures.rate(planned) + ": no option of this pipeline ran a "
                    + "throughput search at two or more parallelisms on a cluster (run `bench/matrices/scaling.yaml`).");
            return lines;
        }
        lines.add("**A plan, not a measurement:** what it would take to sustain " + Figures.rate(planned)
                + ", extrapolated from the [scaling](" + htmlFile + "#scaling) measured here. Model: sustained rate = "
                + "rate per instance at the lowest parallelism x parallelism x scaling efficiency, with the "
                + "efficiency of this machine's largest measured parallelism held constant beyond it (it usually "
                + "falls further: the range below is a floor on the uncertainty, not its bound). Workers hold as "
                + "many instances as the measured ones had slots. Cores busy = the planned rate x the steady "
                + "CPU-seconds per event measured at the largest parallelism (engine, cluster and broker).");
        lines.add("");
        lines.add("| option | measured | instances needed | workers | cores busy |");
        lines.add("|---|---|---:|---:|---:|");
        for (ScalingSeries series : all) {
            lines.add(row(series, planned));
        }
        lines.add("");
        lines.add("Not in the model: broker partitions (a topic needs at least as many as instances read it), "
                + "network between machines (everything here ran on one), state that grows with the key space, "
                + "and instances that shared this machine's cores.");
        return lines;
    }

    private static String row(ScalingSeries series, double planned) {
        double perInstance = series.ratePerInstanceAtBase();
        double low = Double.MAX_VALUE;
        double high = 0;
        for (ScalingSeries.Point point : series.points().subList(1, series.points().size())) {
            low = Math.min(low, series.efficiency(point));
            high = Math.max(high, series.efficiency(point));
        }
        double atLargest = series.efficiency(series.largest());
        long instances = instances(planned, perInstance, atLargest);
        long fewest = instances(planned, perInstance, high);
        long most = instances(planned, perInstance, low);
        String measured = String.format(Locale.ROOT, "%s per instance at parallelism %d; efficiency %.0f %% at %d "
                        + "(%.0f-%.0f %% over %d points)", Figures.rate(perInstance), series.points().get(0).parallelism(),
                100 * atLargest, series.largest().parallelism(), 100 * low, 100 * high, series.points().size() - 1);
        return "| " + String.join(" | ", Markdown.text(series.name()), measured,
                range(fewest, instances, most), range(workers(fewest, series), workers(instances, series),
                        workers(most, series)), coresBusy(series, planned)) + " |";
    }

    private static String coresBusy(ScalingSeries series, double planned) {
        Double cost = series.largest().steadyCpuPerMillion();
        return Figures.measured(cost) ? String.format(Locale.ROOT, "%,.0f", planned * cost / 1_000_000) : "-";
    }

    private static long instances(double planned, double perInstance, double efficiency) {
        return (long) Math.ceil(planned / (perInstance * efficiency));
    }

    private static long workers(long instances, ScalingSeries series) {
        return (instances + series.slots() - 1) / series.slots();
    }

    private static String range(long fewest, long estimate, long most) {
        return fewest == most ? String.format(Locale.ROOT, "%,d", estimate)
                : String.format(Locale.ROOT, "%,d (%,d-%,d)", estimate, fewest, most);
    }
}
