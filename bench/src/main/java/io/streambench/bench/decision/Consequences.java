package io.streambench.bench.decision;

import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.facts.FigureText;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.facts.Markdown;
import io.streambench.bench.matrix.SloProfile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Machine;
import io.streambench.bench.results.Figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What follows from a decision, or what would settle a profile that nothing met. */
final class Consequences {
    private static final double SECONDS_PER_DAY = 86_400;

    private Consequences() {
    }

    static List<String> ofDecision(ProfileDecision decision, Machine machine, String htmlFile) {
        CellResult chosen = decision.decision().orElseThrow().result();
        SloProfile profile = decision.profile();
        List<String> lines = new ArrayList<>();
        if (Figure.CPU_PER_MILLION.of(chosen).isPresent()) {
            lines.add("- " + cost(chosen, profile, machine));
            costMeasuredElsewhere(decision, htmlFile).ifPresent(line -> lines.add("- " + line));
        }
        lines.add("- " + operation(chosen));
        if (CellFacts.guarantee(chosen) == DeliveryGuarantee.AT_LEAST_ONCE && chosen.correctness() != null) {
            lines.add(String.format(Locale.ROOT, "- At-least-once: a restart may write results again; this run's "
                    + "final results held %,d duplicates against the oracle's %,d.", chosen.correctness().duplicated(),
                    chosen.correctness().expected()));
        }
        lines.add("- " + evidence(chosen));
        return lines;
    }

    private static String cost(CellResult chosen, SloProfile profile, Machine machine) {
        double perMillion = Figure.CPU_PER_MILLION.of(chosen).orElseThrow();
        String peakRss = Figures.megabytes(Figure.PEAK_RSS.of(chosen).orElse(Double.NaN));
        boolean atProfileRate = profile.slo().minThroughput() != null;
        double measuredAt = chosen.throughput() == null ? Double.NaN : chosen.throughput().offeredRate();
        double rate = atProfileRate ? profile.slo().minThroughput() : measuredAt;
        String where = machine == null ? "" : " on " + machine.cores() + " cores";
        if (!Figures.measured(rate)) {
            return "Cost: " + Figures.cpuPerMillion(perMillion) + ", peak RSS " + peakRss + where + ".";
        }
        CellResult.Cost measured = chosen.cost();
        if (measured != null && Figures.measured(measured.marginalCpuSecondsPerMillionEvents())
                && Figures.measured(measured.engineIdleCores()) && Figures.measured(measured.brokerIdleCores())) {
            double idle = measured.engineIdleCores() + measured.brokerIdleCores();
            double cores = idle + measured.marginalCpuSecondsPerMillionEvents() * rate / 1e6;
            return String.format(Locale.ROOT, "Cost: at %s (%s), %.2f cores while idle (engine and broker) plus %s "
                            + "keep %.2f cores busy on average, %s CPU-seconds a day; at the rate it was measured at "
                            + "(%s) that is %s; peak RSS %s%s.", Figures.rate(rate),
                    atProfileRate ? "the profile's minimum" : "the rate it was measured at",
                    idle, Figures.cpuPerMillion(measured.marginalCpuSecondsPerMillionEvents()), cores,
                    Figures.number(cores * SECONDS_PER_DAY), Figures.rate(measuredAt), Figures.cpuPerMillion(perMillion),
                    peakRss, where);
        }
        double cores = perMillion * rate / 1e6;
        return String.format(Locale.ROOT, "Cost: at %s (%s), %s keep %.2f cores busy on average, %s CPU-seconds a "
                        + "day; peak RSS %s, measured%s%s.", Figures.rate(rate),
                atProfileRate ? "the profile's minimum" : "the rate it was measured at", Figures.cpuPerMillion(perMillion),
                cores, Figures.number(cores * SECONDS_PER_DAY), peakRss,
                Figures.measured(measuredAt) ? " at " + Figures.rate(measuredAt) : "", where) + fixedCostPerRun(chosen);
    }

    /** A batch job pays its start-up on every run: per day, that depends on the schedule, not on the events. */
    private static String fixedCostPerRun(CellResult chosen) {
        Double startup = chosen.cost() == null ? null : chosen.cost().startupCpuSeconds();
        if (chosen.batch() == null || !Figures.measured(startup)) {
            return "";
        }
        return " Each run also pays a fixed " + Figures.number(startup) + " CPU-seconds of start-up: "
                + BatchSchedule.of(chosen).stream().map(schedule -> Figures.number(startup * SECONDS_PER_DAY
                        / schedule.interval().toSeconds()) + " a day every " + schedule.name())
                .reduce((a, b) -> a + ", " + b).orElse("") + ".";
    }

    /**
     * CPU per event falls with the rate where fixed costs dominate, so a cost measured far above the profile's rate
     * flatters the option: say so, with the option measured nearest the profile's rate.
     */
    private static Optional<String> costMeasuredElsewhere(ProfileDecision decision, String htmlFile) {
        CellResult chosen = decision.decision().orElseThrow().result();
        Double required = decision.profile().slo().minThroughput();
        if (required == null || chosen.throughput() == null || chosen.throughput().offeredRate() < required * RunnersUp.FAR_APART) {
            return Optional.empty();
        }
        double measuredAt = chosen.throughput().offeredRate();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Its cost was measured at %s, %.0f times the "
                + "profile's %s; where fixed costs dominate, a job at the profile's rate costs more per event.",
                Figures.rate(measuredAt), measuredAt / required, Figures.rate(required)));
        decision.met().stream().map(CellVerdict::result)
                .filter(result -> Figure.CPU_PER_MILLION.of(result).isPresent() && result.throughput() != null)
                .min(Comparator.comparingDouble(result -> Math.abs(Math.log(result.throughput().offeredRate() / required))))
                .filter(nearest -> !nearest.equals(chosen))
                .ifPresent(nearest -> text.append(" The option that met the profile nearest its rate, ")
                        .append(Markdown.cellLink(nearest, htmlFile)).append(", measured at ")
                        .append(Figures.rate(nearest.throughput().offeredRate())).append(", cost ")
                        .append(Figures.cpuPerMillion(Figure.CPU_PER_MILLION.of(nearest).orElseThrow())).append('.'));
        return Optional.of(text.toString());
    }

    private static String operation(CellResult chosen) {
        String startup = Figure.STARTUP.of(chosen)
                .map(seconds -> " Measured from process start to first result: " + Figures.seconds(seconds) + ".").orElse("");
        return switch (CellFacts.operationalWeight(chosen)) {
            case 0 -> "Operation: a scheduled job that starts, reads what arrived and finishes; a failed run is run "
                    + "again whole." + Figure.BATCH_RUNTIME.of(chosen)
                    .map(seconds -> " Each run takes " + Figures.seconds(seconds) + ", start-up included.").orElse("");
            case 1 -> "Operation: a micro-batch query runs around the clock, but each trigger is a bounded batch that "
                    + "is retried as a unit: easier to run than continuous." + startup;
            default -> "Operation: a continuous job runs around the clock: owning it is like owning a REST server "
                    + "(deploys, restarts from checkpoints, monitoring, on-call)." + startup;
        };
    }

    private static String evidence(CellResult chosen) {
        if (chosen.repeats().size() < 2) {
            return "Evidence: one run. Repeat the cell (`repeat: 3`) before relying on differences of a few per cent.";
        }
        return "Evidence: the medians of " + chosen.repeats().size() + " runs; "
                + String.join("; ", FigureText.everyFigure(chosen)) + ".";
    }

    /** Nothing met the profile: what the closest option missed, and what to measure or change next. */
    static List<String> toSettle(ProfileDecision decision) {
        List<String> lines = new ArrayList<>();
        SloProfile.Slo slo = decision.profile().slo();
        boolean throughputNotOffered = decision.verdicts().stream().flatMap(verdict -> verdict.misses().stream())
                .anyMatch(miss -> miss.criterion().equals(ProfileCheck.THROUGHPUT) && miss.evidence().contains(ProfileCheck.NOT_OFFERED));
        if (throughputNotOffered) {
            lines.add("- Measure throughput at the required rate: a throughput search (`throughputSearch: true`) or "
                    + "cells offered at least " + Figures.rate(slo.minThroughput()) + ".");
        }
        if (slo.guarantee() == DeliveryGuarantee.EXACTLY_ONCE && decision.verdicts().stream()
                .noneMatch(verdict -> verdict.blocker() == null
                        && CellFacts.guarantee(verdict.result()) == DeliveryGuarantee.EXACTLY_ONCE)) {
            lines.add("- No cell of this pipeline ran correctly with exactly-once: add one (`guarantee: exactly-once`).");
        }
        decision.closest().ifPresent(closest -> closest.misses().stream()
                .filter(miss -> Double.isFinite(miss.missFactor()) && !miss.evidence().contains(ProfileCheck.NOT_OFFERED))
                .forEach(miss -> lines.add(String.format(Locale.ROOT, "- The closest option's %s is %.1f times off "
                        + "(%s): relax the bound, or change what drives it (window size, watermark delay, engine "
                        + "resources) and measure again.", miss.criterion(), miss.missFactor(),
                        Markdown.text(miss.evidence())))));
        if (decision.verdicts().stream().noneMatch(verdict -> verdict.blocker() == null)) {
            lines.add("- No cell of this pipeline ran correctly: fix or add cells before deciding.");
        }
        return lines;
    }
}
