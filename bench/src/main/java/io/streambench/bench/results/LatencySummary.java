package io.streambench.bench.results;

import io.streambench.api.measure.SignedHistogram;

/**
 * Percentiles of one latency, in milliseconds, over {@code count} samples. {@code negative} samples were below zero:
 * visible before they were possible, which a clock offset between the bench and a sink explains; they are kept as
 * they are, never clamped.
 */
public record LatencySummary(long count, double p50, double p95, double p99, double p999, double min, double max,
                             long negative) {
    public static final LatencySummary NONE = new LatencySummary(0, 0, 0, 0, 0, 0, 0, 0);

    public static LatencySummary of(SignedHistogram histogram) {
        var p = histogram.percentiles();
        return new LatencySummary(p.count(), p.p50(), p.p95(), p.p99(), p.p999(), p.min(), p.max(), p.negative());
    }
}
