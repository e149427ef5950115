package io.streambench.bench.decision;

import io.streambench.bench.facts.EngineLoadFacts;
import io.streambench.bench.results.CellResult;

import java.util.List;
import java.util.Optional;

/**
 * How one cell fares against one profile.
 *
 * @param blocker why the cell cannot meet any profile (unsupported, failed, wrong results), or null when it ran
 *                correctly
 * @param checks  one check per figure the profile's SLO sets
 */
public record CellVerdict(CellResult result, String blocker, List<SloCheck> checks) {
    public CellVerdict {
        checks = List.copyOf(checks);
    }

    public boolean met() {
        return blocker == null && checks.stream().allMatch(SloCheck::met);
    }

    public List<SloCheck> misses() {
        return checks.stream().filter(check -> !check.met()).toList();
    }

    /**
     * For a cell that ran correctly and missed the profile while its engine said it could not keep up: that it is
     * short of capacity at its parallelism, which more parallelism may cure, rather than slow as such.
     */
    public Optional<String> underProvisioned() {
        return blocker == null && !met() ? EngineLoadFacts.underProvisioned(result) : Optional.empty();
    }

    /** The worst miss factor: 1 when everything was met, infinite when something was not measured. */
    public double worstMiss() {
        return checks.stream().mapToDouble(SloCheck::missFactor).max().orElse(1);
    }
}
