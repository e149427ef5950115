package io.streambench.api.oracle;

import java.util.List;

/**
 * Final results of a run against the oracle, counted per result identity (key, window start, window end).
 *
 * @param matched     expected results whose final value and max send time are right
 * @param missing     expected results the run never produced
 * @param extra       results the run produced that the oracle does not expect
 * @param wrongValue  results present in both whose final value or max send time differ
 * @param duplicated  emissions that repeated an earlier emission of the same result exactly (replays)
 * @param differences the first few differences, for people
 */
public record ComparisonReport(long expected, long matched, long missing, long extra, long wrongValue, long duplicated,
                               List<String> differences) {
    public ComparisonReport {
        differences = List.copyOf(differences);
    }

    /** True when the final results are exactly the oracle's; duplicates are reported apart. */
    public boolean isExact() {
        return missing == 0 && extra == 0 && wrongValue == 0 && matched == expected;
    }

    public String summary() {
        return String.format("%s: %d expected, %d matched, %d missing, %d extra, %d wrong, %d duplicated%s",
                isExact() ? "correct" : "WRONG", expected, matched, missing, extra, wrongValue, duplicated,
                differences.isEmpty() ? "" : "; first differences: " + String.join("; ", differences));
    }
}
