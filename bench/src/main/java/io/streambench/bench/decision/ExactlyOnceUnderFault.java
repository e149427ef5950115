package io.streambench.bench.decision;

import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.bench.facts.Anchors;
import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.facts.Markdown;
import io.streambench.bench.facts.RecoveryFacts;
import io.streambench.bench.fault.Recovery;
import io.streambench.bench.matrix.SloProfile;
import io.streambench.bench.results.CellResult;

import java.util.ArrayList;
import java.util.List;

/**
 * For a profile that requires exactly-once: how each exactly-once option fared under a fault. Kept, with its recovery
 * figures; broken, which disqualifies it; or not put under a fault in this run, which leaves its claim untested but
 * does not disqualify it.
 */
final class ExactlyOnceUnderFault {
    static final String EXAMPLE_FAULT = "kill-engine@25s";

    private ExactlyOnceUnderFault() {
    }

    static boolean applies(SloProfile profile) {
        return profile.slo().guarantee() == DeliveryGuarantee.EXACTLY_ONCE;
    }

    static List<String> lines(ProfileDecision decision, String htmlFile) {
        List<CellResult> options = decision.verdicts().stream().map(CellVerdict::result)
                .filter(result -> CellFacts.guarantee(result) == DeliveryGuarantee.EXACTLY_ONCE)
                .filter(result -> CellFacts.isOk(result) || result.recovery() != null)
                .toList();
        if (options.isEmpty()) {
            return List.of("No cell of this pipeline ran correctly with exactly-once, so no exactly-once claim was put "
                    + "to the test.");
        }
        List<String> lines = new ArrayList<>();
        lines.add("The profile requires exactly-once: an option that lost or duplicated results under a fault does not "
                + "meet it; an option that was not put under a fault keeps its claim, untested.");
        lines.add("");
        options.forEach(result -> lines.add("- " + Markdown.cellLink(result, htmlFile) + ": " + account(result, htmlFile)));
        return lines;
    }

    private static String account(CellResult result, String htmlFile) {
        Recovery recovery = result.recovery();
        if (recovery == null) {
            return "its exactly-once claim was not tested under a fault in this run. That does not disqualify it; a "
                    + "cell with " + Markdown.code("fault: " + EXAMPLE_FAULT) + " would test it.";
        }
        String figures = " ([recovery figures](" + htmlFile + "#" + Anchors.recovery(result) + "))";
        if (RecoveryFacts.restartedWithoutCheckpoint(result)) {
            return "restarted without its checkpoint under " + Markdown.code(recovery.fault()) + ", which gives up "
                    + "exactly-once by choice: " + Markdown.text(RecoveryFacts.counts(recovery)) + ", what its start "
                    + "position leaves out or reads again; this says nothing about the engine's guarantee" + figures + ".";
        }
        if (RecoveryFacts.keptExactlyOnce(recovery)) {
            return "kept exactly-once under " + Markdown.code(recovery.fault()) + ": "
                    + Markdown.text(RecoveryFacts.counts(recovery)) + "; " + Markdown.text(RecoveryFacts.timings(recovery))
                    + figures + ".";
        }
        return "does not meet the profile: under " + Markdown.code(recovery.fault()) + " it lost "
                + Figures.count(recovery.lost()) + " and duplicated " + Figures.count(recovery.duplicated())
                + " results" + figures + ".";
    }
}
