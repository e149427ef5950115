package io.streambench.bench.compare;

/**
 * When a figure counts as changed: its runs on the two sides must not overlap (see {@link FigureChange#rangesApart})
 * and its median must have moved by more than the threshold. A side with fewer than {@value FigureChange#ENOUGH_RUNS}
 * runs cannot show its noise, so such a figure is too few repeats to tell, unless the rule was asked to judge it by
 * the threshold alone.
 *
 * @param threshold                 0.2 = 20%
 * @param thresholdAloneForFewRuns  judge figures with too few runs by the threshold alone, as before repeats
 */
public record ChangeRule(double threshold, boolean thresholdAloneForFewRuns) {

    public enum Verdict { REGRESSION, IMPROVEMENT, WITHIN_SPREAD, WITHIN_THRESHOLD, TOO_FEW_REPEATS }

    public Verdict judge(FigureChange change) {
        if (!change.enoughRuns() && !thresholdAloneForFewRuns) {
            return Verdict.TOO_FEW_REPEATS;
        }
        if (change.enoughRuns() && !change.rangesApart()) {
            return Verdict.WITHIN_SPREAD;
        }
        if (change.worseBeyond(threshold)) {
            return Verdict.REGRESSION;
        }
        return change.betterBeyond(threshold) ? Verdict.IMPROVEMENT : Verdict.WITHIN_THRESHOLD;
    }

    public boolean regression(FigureChange change) {
        return judge(change) == Verdict.REGRESSION;
    }
}
