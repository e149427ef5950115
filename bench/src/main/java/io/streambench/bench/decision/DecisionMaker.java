package io.streambench.bench.decision;

import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.matrix.SloProfile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks, per profile, the cell to build on: among the cells of the profile's pipeline that met every figure of its
 * SLO, the cheapest (CPU-seconds per million events, then peak RSS). When nothing automated reacts to the results,
 * the seed guidance comes first: streaming pays off only when something automated acts on the results, and
 * micro-batch is easier to run than continuous; so a scheduled batch job that met the profile is preferred to a
 * micro-batch one, and that to a continuous one, each ranked by cost within its kind.
 */
public final class DecisionMaker {
    static final Comparator<CellResult> CHEAPEST = Comparator
            .comparingDouble((CellResult result) -> Figure.CPU_PER_MILLION.of(result).orElse(Double.MAX_VALUE))
            .thenComparingDouble(result -> Figure.PEAK_RSS.of(result).orElse(Double.MAX_VALUE))
            .thenComparing(CellResult::id);

    private DecisionMaker() {
    }

    public static List<ProfileDecision> decideAll(List<SloProfile> profiles, List<CellResult> cells) {
        return profiles.stream().map(profile -> decide(profile, cells)).toList();
    }

    public static ProfileDecision decide(SloProfile profile, List<CellResult> cells) {
        List<CellVerdict> verdicts = cells.stream()
                .filter(cell -> profile.judges(cell.cell()))
                .map(cell -> ProfileCheck.judge(profile, cell))
                .toList();
        Comparator<CellVerdict> preference = Comparator.comparing(CellVerdict::result, profile.somethingReacts() ? CHEAPEST
                : Comparator.comparingInt(CellFacts::operationalWeight).thenComparing(CHEAPEST));
        List<CellVerdict> met = verdicts.stream().filter(CellVerdict::met).sorted(preference).toList();
        List<CellVerdict> missedAfterRunning = verdicts.stream()
                .filter(verdict -> !verdict.met() && verdict.blocker() == null)
                .sorted(closestFirst())
                .toList();
        List<CellVerdict> blocked = verdicts.stream().filter(verdict -> verdict.blocker() != null).toList();
        List<CellVerdict> ordered = new ArrayList<>(met);
        ordered.addAll(missedAfterRunning);
        ordered.addAll(blocked);
        Optional<CellVerdict> decision = met.stream().findFirst();
        Optional<CellVerdict> closest = decision.isPresent() ? Optional.empty() : missedAfterRunning.stream().findFirst();
        return new ProfileDecision(profile, ordered, decision, closest);
    }

    /** Fewest missed figures first, then the smallest worst miss, then the cheapest. */
    private static Comparator<CellVerdict> closestFirst() {
        return Comparator.comparingInt((CellVerdict verdict) -> verdict.misses().size())
                .thenComparingDouble(CellVerdict::worstMiss)
                .thenComparing(CellVerdict::result, CHEAPEST);
    }
}
