package io.streambench.bench.decision;

import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.facts.Markdown;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Figure;

import java.util.List;
import java.util.stream.Collectors;

/** The "options considered" table of an ADR: every cell of the pipeline with the figures the profile is judged on. */
final class OptionsTable {
    private OptionsTable() {
    }

    static List<String> lines(ProfileDecision decision, String htmlFile) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("| option | outcome | p99 engine-added latency | freshest batch schedule | throughput | guarantee "
                + "| CPU-s per million events | peak RSS | meets the profile |");
        lines.add("|---|---|---:|---:|---:|---|---:|---:|---|");
        for (CellVerdict verdict : decision.verdicts()) {
            CellResult result = verdict.result();
            lines.add("| " + String.join(" | ", Markdown.cellLink(result, htmlFile), result.status().wireName(),
                    latency(result), freshness(result), throughput(result), CellFacts.guarantee(result).wireName(),
                    Figure.CPU_PER_MILLION.of(result).map(Figures::number).orElse("-"),
                    Figure.PEAK_RSS.of(result).map(Figures::megabytes).orElse("-"), meets(verdict)) + " |");
        }
        return lines;
    }

    private static String latency(CellResult result) {
        return CellFacts.hasLatency(result) ? Markdown.text(CellFacts.engineAddedP99(result)) : "-";
    }

    private static String freshness(CellResult result) {
        List<BatchSchedule> schedules = BatchSchedule.of(result);
        return schedules.isEmpty() ? "-"
                : "every " + schedules.get(0).name() + ": " + Figures.seconds(schedules.get(0).freshnessSeconds());
    }

    private static String throughput(CellResult result) {
        return ThroughputFigure.of(result).map(figure -> Figures.rate(figure.eventsPerSecond())
                + (figure.cappedByOfferedRate() ? " (read at " + Figures.rate(result.throughput().offeredRate()) + " offered)"
                : Figure.SUSTAINABLE_RATE.of(result).isPresent() ? " (sustainable)" : " (drain)"))
                .orElse("-");
    }

    private static String meets(CellVerdict verdict) {
        if (verdict.blocker() != null) {
            return "no: " + verdict.result().status().wireName();
        }
        if (verdict.met()) {
            return "**yes**";
        }
        return "no: " + verdict.misses().stream().map(SloCheck::criterion).collect(Collectors.joining(", "))
                + (verdict.underProvisioned().isPresent() ? " (under-provisioned)" : "");
    }
}
