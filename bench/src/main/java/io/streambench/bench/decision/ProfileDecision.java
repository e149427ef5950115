package io.streambench.bench.decision;

import io.streambench.bench.matrix.SloProfile;

import java.util.List;
import java.util.Optional;

/**
 * The answer to one profile.
 *
 * @param verdicts  every cell of the profile's pipeline against the profile, in the order the runners-up are told
 * @param decision  the chosen cell, empty when none met the profile
 * @param closest   when none met: the correctly run cell that missed the fewest figures by the least
 */
public record ProfileDecision(SloProfile profile, List<CellVerdict> verdicts, Optional<CellVerdict> decision,
                              Optional<CellVerdict> closest) {
    public ProfileDecision {
        verdicts = List.copyOf(verdicts);
    }

    public List<CellVerdict> met() {
        return verdicts.stream().filter(CellVerdict::met).toList();
    }

    public List<CellVerdict> runnersUp() {
        return verdicts.stream().filter(verdict -> decision.map(chosen -> !chosen.equals(verdict)).orElse(true)).toList();
    }
}
