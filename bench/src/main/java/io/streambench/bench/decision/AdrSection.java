package io.streambench.bench.decision;

import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.facts.Markdown;
import io.streambench.bench.matrix.SloProfile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.Machine;
import io.streambench.bench.results.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One architecture decision record: context, options considered, decision, runners-up, consequences. */
final class AdrSection {
    private AdrSection() {
    }

    static List<String> lines(int number, ProfileDecision decision, Machine machine, String htmlFile) {
        SloProfile profile = decision.profile();
        List<String> lines = new ArrayList<>();
        lines.add("## " + number + ". " + Markdown.text(profile.name()));
        lines.add("");
        lines.add("- **Status:** proposed, from the measured runs in `results.json`");
        lines.add("- **Decision:** " + decision.decision().map(chosen -> Markdown.cellLink(chosen.result(), htmlFile))
                .orElse("none: no measured option met the profile"));
        lines.add("");
        lines.add("### Context");
        lines.add("");
        lines.add("Pipeline " + (profile.pipeline() == null ? "(any)" : Markdown.code(profile.pipeline()))
                + ", service level: " + slo(profile.slo()) + ".");
        lines.add("");
        lines.add(profile.somethingReacts() ? "Who acts on the results: " + Markdown.text(profile.reacts()) + "."
                : "Who acts on the results: nobody automated; people read them.");
        lines.add("");
        lines.add("Measured on this pipeline: " + outcomes(decision) + ". Freshness against cost of every option: the "
                + "[continuum charts](" + htmlFile + "#continuum).");
        lines.add("");
        if (decision.verdicts().isEmpty()) {
            lines.add("The matrix ran no cell of this pipeline, so there is nothing to decide from.");
            lines.add("");
            return lines;
        }
        lines.add("### Options considered");
        lines.add("");
        lines.addAll(OptionsTable.lines(decision, htmlFile));
        lines.add("");
        lines.add("### Decision");
        lines.add("");
        lines.add(decision.decision().map(chosen -> decided(chosen, decision, htmlFile)).orElseGet(() -> undecided(decision, htmlFile)));
        lines.add("");
        lines.add("### Runners-up");
        lines.add("");
        List<String> runnersUp = RunnersUp.lines(decision, htmlFile);
        lines.addAll(runnersUp.isEmpty() ? List.of("None: this was the only option measured.") : runnersUp);
        lines.add("");
        if (ExactlyOnceUnderFault.applies(profile)) {
            lines.add("### Exactly-once under a fault");
            lines.add("");
            lines.addAll(ExactlyOnceUnderFault.lines(decision, htmlFile));
            lines.add("");
        }
        lines.add("### Batch or streaming");
        lines.add("");
        lines.addAll(StreamingGuidance.lines(decision, htmlFile));
        lines.add("");
        lines.add("### Consequences");
        lines.add("");
        lines.addAll(decision.decision().isPresent() ? Consequences.ofDecision(decision, machine, htmlFile)
                : Consequences.toSettle(decision));
        lines.add("");
        if (CapacityPlan.applies(decision)) {
            lines.add("### Capacity plan");
            lines.add("");
            lines.addAll(CapacityPlan.lines(decision, htmlFile));
            lines.add("");
        }
        return lines;
    }

    static String slo(SloProfile.Slo slo) {
        List<String> parts = new ArrayList<>();
        if (slo.p99LatencyMs() != null) {
            parts.add("p99 engine-added latency <= " + Figures.millis(slo.p99LatencyMs()));
        }
        if (slo.maxFreshness() != null) {
            parts.add("results at most " + Figures.seconds(slo.maxFreshness().toSeconds()) + " old");
        }
        if (slo.minThroughput() != null) {
            parts.add("throughput >= " + Figures.rate(slo.minThroughput()));
        }
        if (slo.guarantee() != null) {
            parts.add(slo.guarantee().wireName());
        }
        return parts.isEmpty() ? "none set" : String.join(", ", parts);
    }

    private static String outcomes(ProfileDecision decision) {
        Map<CellStatus, Long> byStatus = new LinkedHashMap<>();
        for (CellStatus status : List.of(CellStatus.OK, CellStatus.NOT_SUSTAINED, CellStatus.WRONG, CellStatus.FAILED,
                CellStatus.INTERRUPTED, CellStatus.UNSUPPORTED)) {
            long count = decision.verdicts().stream().filter(verdict -> verdict.result().status() == status).count();
            if (count > 0) {
                byStatus.put(status, count);
            }
        }
        String counts = byStatus.entrySet().stream().map(entry -> entry.getValue() + " " + describeStatus(entry.getKey()))
                .collect(Collectors.joining(", "));
        int cells = decision.verdicts().size();
        return cells + (cells == 1 ? " cell" : " cells") + (counts.isEmpty() ? "" : ": " + counts)
                + "; " + decision.met().size() + " met the profile";
    }

    private static String describeStatus(CellStatus status) {
        return switch (status) {
            case OK -> "ran correctly";
            case WRONG -> "gave wrong results";
            case NOT_SUSTAINED -> "fell behind the offered rate";
            case UNSUPPORTED -> "unsupported";
            case INTERRUPTED -> "interrupted";
            case FAILED -> "failed";
        };
    }

    private static String decided(CellVerdict chosen, ProfileDecision decision, String htmlFile) {
        CellResult result = chosen.result();
        String met = chosen.checks().stream().map(check -> Markdown.text(check.evidence())).collect(Collectors.joining("; "));
        int options = decision.met().size();
        String why = options == 1 ? "It is the only option that met the profile"
                : decision.profile().somethingReacts() || sameWeightAsAllMet(chosen, decision)
                ? "Of the " + options + " options that met the profile it is the cheapest"
                : "Of the " + options + " options that met the profile it is the simplest to run (nothing automated "
                + "reacts, see below) and the cheapest of its kind";
        return "Build the pipeline as **" + Markdown.text(CellFacts.option(result)) + "** ("
                + Markdown.cellLink(result, htmlFile) + "). It met every figure of the profile: "
                + (met.isEmpty() ? "the profile sets none, and its results were correct" : met) + ". " + why + ": "
                + RunnersUp.cost(result) + Figure.PEAK_RSS.of(result).map(rss -> ", peak RSS " + Figures.megabytes(rss)).orElse("")
                + ".";
    }

    private static boolean sameWeightAsAllMet(CellVerdict chosen, ProfileDecision decision) {
        int weight = CellFacts.operationalWeight(chosen.result());
        return decision.met().stream().allMatch(verdict ->
                CellFacts.operationalWeight(verdict.result()) == weight);
    }

    private static String undecided(ProfileDecision decision, String htmlFile) {
        StringBuilder text = new StringBuilder("No measured option met this profile.");
        decision.closest().ifPresentOrElse(closest -> text.append(" The closest was ")
                        .append(Markdown.cellLink(closest.result(), htmlFile)).append(", which ran correctly but ")
                        .append(RunnersUp.whyNot(closest, decision)),
                () -> text.append(" None of its cells ran correctly, so none came close."));
        return text.toString();
    }
}
