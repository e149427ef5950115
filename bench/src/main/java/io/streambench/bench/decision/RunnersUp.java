package io.streambench.bench.decision;

import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.facts.Markdown;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Why each option the decision did not take lost, in numbers. */
final class RunnersUp {
    /** Rates this far apart make costs per event hardly comparable: fixed costs weigh more at the lower rate. */
    static final double FAR_APART = 4;

    private RunnersUp() {
    }

    static List<String> lines(ProfileDecision decision, String htmlFile) {
        List<String> lines = new ArrayList<>();
        for (CellVerdict verdict : decision.runnersUp()) {
            lines.add("- " + Markdown.cellLink(verdict.result(), htmlFile) + ": " + whyNot(verdict, decision));
        }
        return lines;
    }

    static String whyNot(CellVerdict verdict, ProfileDecision decision) {
        if (verdict.blocker() != null) {
            return Markdown.text(verdict.blocker()) + ".";
        }
        if (!verdict.met()) {
            return "missed " + verdict.misses().stream().map(miss -> miss.criterion() + ": " + Markdown.text(miss.evidence()))
                    .collect(Collectors.joining("; ")) + verdict.underProvisioned()
                    .map(why -> "; " + Markdown.text(why) + ": more parallelism may meet it").orElse("") + ".";
        }
        CellResult chosen = decision.decision().orElseThrow().result();
        CellResult result = verdict.result();
        if (!decision.profile().somethingReacts()
                && CellFacts.operationalWeight(result) > CellFacts.operationalWeight(chosen)) {
            return "met the profile too, at " + cost(result) + relativeCost(result, chosen) + ", but it is "
                    + kind(result) + " and nothing automated reacts to the results, so " + kind(chosen)
                    + " that met the profile comes first.";
        }
        Optional<Double> cpu = Figure.CPU_PER_MILLION.of(result);
        Optional<Double> chosenCpu = Figure.CPU_PER_MILLION.of(chosen);
        if (cpu.isEmpty() || chosenCpu.isEmpty()) {
            return "met the profile too, but its cost was not measured.";
        }
        if (cpu.get() > chosenCpu.get()) {
            return "met the profile too, but costs " + cost(result) + relativeCost(result, chosen) + ".";
        }
        return "met the profile too at the same CPU cost, but needs more memory: peak RSS "
                + Figures.megabytes(Figure.PEAK_RSS.of(result).orElse(Double.NaN)) + " against "
                + Figures.megabytes(Figure.PEAK_RSS.of(chosen).orElse(Double.NaN)) + ".";
    }

    static String kind(CellResult result) {
        return switch (CellFacts.operationalWeight(result)) {
            case 0 -> "a scheduled batch job";
            case 1 -> "a micro-batch job";
            default -> "a continuous job";
        };
    }

    static String cost(CellResult result) {
        return Figure.CPU_PER_MILLION.of(result).map(Figures::cpuPerMillion).orElse("an unmeasured cost");
    }

    /**
     * e.g. {@code  (+12% against the decision's 127.0)}, with the rates both were measured at when they differ so
     * much that the costs per event are hardly comparable.
     */
    static String relativeCost(CellResult result, CellResult chosen) {
        Optional<Double> cpu = Figure.CPU_PER_MILLION.of(result);
        Optional<Double> chosenCpu = Figure.CPU_PER_MILLION.of(chosen);
        if (cpu.isEmpty() || chosenCpu.isEmpty()) {
            return "";
        }
        String rates = "";
        if (result.throughput() != null && chosen.throughput() != null) {
            double ratio = result.throughput().offeredRate() / chosen.throughput().offeredRate();
            if (ratio >= FAR_APART || ratio <= 1 / FAR_APART) {
                rates = ", measured at " + Figures.rate(result.throughput().offeredRate()) + " against the decision's "
                        + Figures.rate(chosen.throughput().offeredRate());
            }
        }
        return " (" + Figures.percentChange(chosenCpu.get(), cpu.get()) + " against the decision's "
                + Figures.number(chosenCpu.get()) + rates + ")";
    }
}
