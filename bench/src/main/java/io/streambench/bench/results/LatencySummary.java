package io.streambench.bench.results;

import org.HdrHistogram.Histogram;

/** Percentiles of one latency, in milliseconds, over {@code count} results. */
public record LatencySummary(long count, double p50, double p95, double p99, double p999, double max) {
    /** Latencies up to an hour, 3 significant digits. */
    public static Histogram newHistogram() {
        return new Histogram(3_600_000L, 3);
    }

    public static LatencySummary of(Histogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }
        return new LatencySummary(histogram.getTotalCount(), histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(95), histogram.getValueAtPercentile(99),
                histogram.getValueAtPercentile(99.9), histogram.getMaxValue());
    }
}
