package io.streambench.bench.compare;

import io.streambench.bench.results.Figure;

/** One figure of one cell in the old and the new run. */
public record FigureChange(Figure figure, double before, double after) {
    /** (after - before) / before; infinite when a figure grew from zero. */
    public double relativeChange() {
        if (before == 0) {
            return after == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return (after - before) / before;
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
