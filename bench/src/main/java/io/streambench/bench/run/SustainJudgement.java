package io.streambench.bench.run;

import io.streambench.bench.results.CellResult;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Whether an engine kept up with an open-loop load: over the measured period, a line fitted to the backlog must not
 * rise by more than {@value #BACKLOG_SECONDS} s of input, nor one fitted to the engine-added latency by more than
 * {@value #LATENCY_RISE_FLOOR_MILLIS} ms or its median, whichever is more (latency that varies with each trigger or
 * firing is not a trend). A fitted line, not the last reading, because engines report what they read with a lag.
 */
final class SustainJudgement {
    static final double BACKLOG_SECONDS = 2;
    static final double LATENCY_RISE_FLOOR_MILLIS = 1_000;
    /** Fewer readings than this in the measured period say nothing about a trend. */
    static final int MIN_SAMPLES = 5;

    private SustainJudgement() {
    }

    /**
     * @param from seconds since the load started where the measured period begins (the end of the warm-up)
     * @param to   seconds since the load started where it ends (the end of the load)
     */
    static CellResult.Sustain judge(List<CellResult.BacklogSample> backlog, List<CellResult.LatencyPoint> latency,
                                    double offeredRate, double from, double to) {
        List<CellResult.BacklogSample> measured = backlog.stream()
                .filter(sample -> sample.seconds() >= from && sample.seconds() <= to).toList();
        List<CellResult.LatencyPoint> latencyMeasured = latency.stream()
                .filter(point -> point.seconds() >= from && point.seconds() <= to).toList();
        if (measured.size() < MIN_SAMPLES) {
            return new CellResult.Sustain(null, String.format(Locale.ROOT, "not judged: %d backlog readings in the "
                    + "measured period (%.0f s), fewer than %d", measured.size(), Math.max(0, to - from), MIN_SAMPLES),
                    0, null, backlog, latency);
        }
        double period = to - from;
        double growth = slope(measured, CellResult.BacklogSample::seconds, sample -> sample.backlog()) * period;
        double allowedGrowth = offeredRate * BACKLOG_SECONDS;
        Double rise = latencyMeasured.size() < MIN_SAMPLES ? null
                : slope(latencyMeasured, CellResult.LatencyPoint::seconds, CellResult.LatencyPoint::millis) * period;
        double allowedRise = Math.max(LATENCY_RISE_FLOOR_MILLIS, median(latencyMeasured));
        boolean backlogGrew = growth > allowedGrowth;
        boolean latencyRose = rise != null && rise > allowedRise;
        String backlogText = String.format(Locale.ROOT, "backlog %s by %,.0f messages (%.1f s of input) over the "
                        + "measured %.0f s", growth >= 0 ? "grew" : "shrank", Math.abs(growth),
                Math.abs(growth) / offeredRate, period);
        String latencyText = rise == null ? "too few emissions to see a latency trend"
                : String.format(Locale.ROOT, "engine-added latency %s by %,.0f ms", rise >= 0 ? "rose" : "fell",
                Math.abs(rise));
        String verdict = backlogGrew || latencyRose
                ? String.format(Locale.ROOT, "fell behind %,.0f ev/s: %s; %s (allowed: %,.0f messages, %,.0f ms)",
                offeredRate, backlogText, latencyText, allowedGrowth, allowedRise)
                : String.format(Locale.ROOT, "kept up with %,.0f ev/s: %s; %s", offeredRate, backlogText, latencyText);
        return new CellResult.Sustain(!(backlogGrew || latencyRose), verdict, growth, rise, backlog, latency);
    }

    /** Least-squares slope of y over x. */
    private static <T> double slope(List<T> points, ToDoubleFunction<T> x, ToDoubleFunction<T> y) {
        double meanX = points.stream().mapToDouble(x).average().orElse(0);
        double meanY = points.stream().mapToDouble(y).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (T point : points) {
            double dx = x.applyAsDouble(point) - meanX;
            covariance += dx * (y.applyAsDouble(point) - meanY);
            variance += dx * dx;
        }
        return variance == 0 ? 0 : covariance / variance;
    }

    private static double median(List<CellResult.LatencyPoint> points) {
        double[] sorted = points.stream().mapToDouble(CellResult.LatencyPoint::millis).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }
}
