package io.streambench.bench.decision;

import io.streambench.bench.results.CellResult;

import java.util.List;

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

    /** The worst miss factor: 1 when everything was met, infinite when something was not measured. */
    public double worstMiss() {
        return checks.stream().mapToDouble(SloCheck::missFactor).max().orElse(1);
    }
}
