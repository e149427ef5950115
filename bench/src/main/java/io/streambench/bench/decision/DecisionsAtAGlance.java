package io.streambench.bench.decision;

import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.matrix.SloProfile;
import io.streambench.bench.results.CellResult;

import java.util.List;
import java.util.stream.Collectors;

/** One line per profile for the top of the report: what to build and, in a phrase, why (decision.md has the rest). */
public final class DecisionsAtAGlance {
    private DecisionsAtAGlance() {
    }

    public record Line(String profile, String choice, String why, boolean decided) {
    }

    public static List<Line> of(List<SloProfile> profiles, List<CellResult> cells) {
        return DecisionMaker.decideAll(profiles, cells).stream().map(DecisionsAtAGlance::line).toList();
    }

    private static Line line(ProfileDecision decision) {
        String profile = decision.profile().name();
        if (decision.decision().isPresent()) {
            CellVerdict chosen = decision.decision().get();
            int met = decision.met().size();
            String why = (met == 1 ? "the only one of " + decision.verdicts().size() + " options that met the profile"
                    : "met the profile, cheapest of the " + met + " that did") + ": "
                    + chosen.checks().stream().map(SloCheck::evidence).collect(Collectors.joining("; "))
                    + "; " + RunnersUp.cost(chosen.result());
            return new Line(profile, CellFacts.label(chosen.result()), why, true);
        }
        String why = decision.closest().map(closest -> "closest: " + CellFacts.label(closest.result()) + ", which missed "
                + closest.misses().stream().map(SloCheck::evidence).collect(Collectors.joining("; "))
                + closest.underProvisioned().map(capacity -> "; " + capacity).orElse(""))
                .orElse("no option was measured for it");
        return new Line(profile, "none met the profile", why, false);
    }
}
