package io.streambench.bench.decision;

import io.streambench.api.run.ExecutionMode;
import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.facts.Markdown;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Figure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The batch-or-streaming question of a profile, answered with the measured figures: streaming pays off only when
 * something automated reacts to the results; people are mostly served by an hourly or daily batch; micro-batch is
 * easier to run than continuous; a job that needs a minute to start is not worth scheduling every few minutes.
 */
final class StreamingGuidance {
    private static final Duration SHORT_SCHEDULE = Duration.ofMinutes(5);

    private StreamingGuidance() {
    }

    static List<String> lines(ProfileDecision decision, String htmlFile) {
        List<String> lines = new ArrayList<>();
        lines.add("- " + whoActs(decision));
        Optional<CellResult> batch = cheapestRan(decision, true);
        Optional<CellResult> streaming = cheapestRan(decision, false);
        lines.add("- " + batch.map(result -> batchFigures(result, decision, htmlFile))
                .orElse("No batch run of this pipeline ran correctly here, so whether a scheduled job would do is not "
                        + "known from these runs."));
        streaming.ifPresent(result -> lines.add("- " + streamingFigures(result, batch, htmlFile)));
        microBatchAgainstContinuous(decision, htmlFile).ifPresent(line -> lines.add("- " + line));
        lines.add("- " + conclusion(decision, batch));
        return lines;
    }

    private static String whoActs(ProfileDecision decision) {
        if (decision.profile().somethingReacts()) {
            return "Something automated acts on the results: " + Markdown.text(decision.profile().reacts())
                    + ". That is when streaming pays off, so the cheapest option that met the profile is chosen, "
                    + "whatever its mode.";
        }
        return "Nothing automated acts on the results (the profile names no `reacts`): people read them. Streaming "
                + "pays off only when an automated process reacts; what people call real-time is mostly met by an "
                + "hourly or daily batch, and a streaming job has to be run like a server, around the clock. So a "
                + "scheduled batch job that met the profile comes first, then micro-batch, which is easier to run "
                + "than continuous.";
    }

    private static String batchFigures(CellResult result, ProfileDecision decision, String htmlFile) {
        List<BatchSchedule> schedules = BatchSchedule.of(result);
        BatchSchedule freshest = schedules.get(0);
        StringBuilder text = new StringBuilder("Batch, measured: ").append(Markdown.cellLink(result, htmlFile))
                .append(" runs in ").append(Figures.seconds(freshest.runtimeSeconds())).append(", start-up included");
        Figure.STARTUP.of(result).ifPresent(seconds -> text.append(" (first result after ")
                .append(Figures.seconds(seconds)).append(')'));
        text.append("; scheduled ");
        List<String> perSchedule = schedules.stream().map(schedule -> "every " + schedule.name() + " its results are up to "
                + Figures.seconds(schedule.freshnessSeconds()) + " old").toList();
        text.append(String.join(", ", perSchedule)).append(". ");
        text.append(String.format(Locale.ROOT, "It is busy %.1f%% of every %s", freshest.busyShare() * 100, freshest.name()));
        double shortShare = freshest.runtimeSeconds() / SHORT_SCHEDULE.toSeconds();
        text.append(String.format(Locale.ROOT, "; run every 5 minutes it would be busy %.0f%% of the time, ", shortShare * 100))
                .append(shortShare >= 0.2 ? "mostly starting up: not worth it." : "which it could afford.");
        Long latencyBound = decision.profile().slo().p99LatencyMs();
        if (latencyBound != null) {
            text.append(" Its freshest results are ").append(String.format(Locale.ROOT, "%,.0f",
                    freshest.freshnessSeconds() * 1000 / latencyBound)).append(" times the p99 latency bound of ")
                    .append(Figures.millis(latencyBound)).append(": a batch job cannot meet it.");
        }
        return text.toString();
    }

    private static String streamingFigures(CellResult result, Optional<CellResult> batch, String htmlFile) {
        StringBuilder text = new StringBuilder("Streaming, measured: ").append(Markdown.cellLink(result, htmlFile));
        if (CellFacts.hasLatency(result)) {
            text.append(" adds p99 ").append(CellFacts.engineAddedP99(result))
                    .append(" to when the pipeline allowed a result (emitting ").append(result.latency().emission())
                    .append("; its results are ").append(Figures.millis(Figure.PROCESSING_P99.of(result).orElseThrow()))
                    .append(" old at p99 when visible)");
        }
        Figure.STARTUP.of(result).ifPresent(seconds -> text.append(", first result after ").append(Figures.seconds(seconds)));
        text.append(", at ").append(RunnersUp.cost(result));
        Figure.CPU_PER_MILLION.of(result).ifPresent(cpu -> batch.flatMap(Figure.CPU_PER_MILLION::of)
                .ifPresent(batchCpu -> text.append("; per event that is ").append(Figures.percentChange(batchCpu, cpu))
                        .append(" against the batch job, and it runs around the clock")));
        return text.append('.').toString();
    }

    /** Micro-batch is easier to run than continuous: say what it would cost where both were measured. */
    private static Optional<String> microBatchAgainstContinuous(ProfileDecision decision, String htmlFile) {
        Optional<CellResult> chosen = decision.decision().map(CellVerdict::result);
        if (chosen.isEmpty() || chosen.get().cell().mode().kind() != ExecutionMode.Kind.CONTINUOUS) {
            return Optional.empty();
        }
        Optional<CellVerdict> microBatch = decision.verdicts().stream()
                .filter(verdict -> verdict.blocker() == null && CellFacts.operationalWeight(verdict.result()) == 1)
                .findFirst();
        if (microBatch.isEmpty()) {
            return Optional.of("No micro-batch run of this pipeline ran correctly here, so the easier-to-run "
                    + "alternative to continuous streaming is not measured.");
        }
        CellVerdict verdict = microBatch.get();
        String link = Markdown.cellLink(verdict.result(), htmlFile);
        if (!verdict.met()) {
            return Optional.of("Micro-batch is easier to run than continuous, but " + link + " " + RunnersUp.whyNot(verdict, decision));
        }
        return Optional.of("Micro-batch is easier to run than continuous, and " + link + " met the profile too, at "
                + RunnersUp.cost(verdict.result()) + RunnersUp.relativeCost(verdict.result(), chosen.get())
                + ": continuous is kept for its lower cost; take micro-batch if that difference is worth less than "
                + "the easier operation.");
    }

    private static String conclusion(ProfileDecision decision, Optional<CellResult> batch) {
        if (decision.decision().isEmpty()) {
            return "No option met the profile, so the question stays open until one does (see the decision).";
        }
        CellResult chosen = decision.decision().get().result();
        boolean reacts = decision.profile().somethingReacts();
        if (CellFacts.isBounded(chosen)) {
            return "So: a scheduled batch job. " + (reacts ? "Something reacts, but the profile's figures are met "
                    + "without streaming." : "The measured figures agree with the guidance.");
        }
        String streaming = "So: " + (CellFacts.operationalWeight(chosen) == 1 ? "micro-batch" : "continuous streaming");
        boolean batchMet = decision.met().stream().anyMatch(verdict -> CellFacts.isBounded(verdict.result()));
        if (batchMet) {
            return streaming + ", the cheapest per event; a batch schedule met the profile too (see the runners-up).";
        }
        if (batch.isEmpty()) {
            return streaming + ", but no batch option was measured: measure one before committing to a job that "
                    + "runs around the clock.";
        }
        return streaming + ", because no batch schedule met the profile" + (reacts
                ? " and an automated process acts on the results."
                : ". Nothing automated reacts, though: check whether people need results that fresh.");
    }

    private static Optional<CellResult> cheapestRan(ProfileDecision decision, boolean bounded) {
        return decision.verdicts().stream()
                .filter(verdict -> verdict.blocker() == null && CellFacts.isBounded(verdict.result()) == bounded)
                .map(CellVerdict::result)
                .filter(result -> !bounded || !BatchSchedule.of(result).isEmpty())
                .min(DecisionMaker.CHEAPEST);
    }
}
