package io.streambench.bench.decision;

import io.streambench.bench.facts.Markdown;
import io.streambench.bench.results.Machine;
import io.streambench.bench.results.ResultsFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code decision.md}: an architecture decision record per profile of the matrix, rendered from the results file
 * only, with links into the HTML report.
 */
public final class DecisionReport {
    private DecisionReport() {
    }

    public static String render(ResultsFile results, String htmlFile) {
        List<ProfileDecision> decisions = DecisionMaker.decideAll(results.matrix().profiles(), results.cells());
        List<String> lines = new ArrayList<>();
        lines.add("# Architecture decisions: " + Markdown.text(results.matrix().name()));
        lines.add("");
        lines.add("Rendered from `results.json` alone: matrix " + Markdown.code(results.matrix().name()) + ", run from "
                + Markdown.text(results.startedAt()) + " to " + Markdown.text(results.finishedAt()) + " on "
                + machine(results.machine()) + "; " + versions(results.versions()) + ". Charts and every cell's "
                + "figures: [" + htmlFile + "](" + htmlFile + ").");
        lines.add("");
        lines.add("How an option is judged: it meets a profile when its results equal the reference oracle's and every "
                + "figure the profile sets was measured and met (p99 processing latency; freshness: a batch job's "
                + "interval plus its runtime, a streaming job's p99; throughput: the sustainable rate where a search "
                + "measured it, else the drain rate of a batch run, else the rate read at the offered rate; the "
                + "delivery guarantee it ran with; where exactly-once is required and the option ran under a fault, "
                + "no result lost or duplicated). Of the options that met a profile the cheapest wins: CPU-seconds "
                + "per million events, then peak RSS. When nothing automated reacts to the results, a scheduled batch "
                + "job that met the profile comes before micro-batch, and micro-batch before continuous.");
        lines.add("");
        if (decisions.isEmpty()) {
            lines.add("The matrix names no profiles, so there is nothing to decide. Add some under `profiles:` in the "
                    + "matrix file, e.g. `{name: fraud-alerts, pipeline: clicks-per-page-tumbling, reacts: a system "
                    + "blocks accounts, slo: {p99LatencyMs: 2000, minThroughput: 20000, guarantee: exactly-once}}`.");
            lines.add("");
        }
        int number = 1;
        for (ProfileDecision decision : decisions) {
            lines.addAll(AdrSection.lines(number++, decision, results.machine(), htmlFile));
        }
        lines.addAll(EngineQuestions.lines(results.cells(), htmlFile));
        return String.join("\n", lines);
    }

    private static String machine(Machine machine) {
        if (machine == null) {
            return "an unrecorded machine";
        }
        return Markdown.text(machine.host()) + " (" + machine.cores() + " cores, " + Markdown.text(machine.cpu()) + ", "
                + String.format(java.util.Locale.ROOT, "%,d", machine.memoryMb()) + " MB, " + Markdown.text(machine.os())
                + ", " + Markdown.text(machine.jvm()) + ")";
    }

    private static String versions(Map<String, String> versions) {
        return new java.util.TreeMap<>(versions).entrySet().stream().map(entry -> Markdown.text(entry.getKey() + " " + entry.getValue()))
                .collect(Collectors.joining(", "));
    }
}
