package io.streambench.bench.compare;

import io.streambench.bench.results.Figure;
import io.streambench.bench.results.FigureSpread;

/** One figure of one cell in the old and the new results, each over the runs that measured it. */
public record FigureChange(Figure figure, FigureSpread before, FigureSpread after) {
    /** Runs a side needs before its range says anything about the noise: with fewer, min–max is mostly luck. */
    public static final int ENOUGH_RUNS = 3;

    /** (after - before) / before of the medians; infinite when a figure grew from zero. */
    public double relativeChange() {
        if (before.median() == 0) {
            return after.median() == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return (after.median() - before.median()) / before.median();
    }

    public boolean enoughRuns() {
        return before.runs() >= ENOUGH_RUNS && after.runs() >= ENOUGH_RUNS;
    }

    /** Neither median lies within the other side's min–max: the change is beyond what the runs spread over. */
    public boolean rangesApart() {
        return !before.contains(after.median()) && !after.contains(before.median());
    }

    /** Worse by more than {@code threshold} (0.2 = 20%), in the direction that matters for the figure. */
    public boolean worseBeyond(double threshold) {
        double change = relativeChange();
        return figure.higherIsBetter() ? change < -threshold : change > threshold;
    }

    public boolean betterBeyond(double threshold) {
        double change = relativeChange();
        return figure.higherIsBetter() ? change > threshold : change < -threshold;
    }
}
