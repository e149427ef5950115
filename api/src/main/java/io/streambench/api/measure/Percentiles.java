package io.streambench.api.measure;

/**
 * Percentiles of a delay in milliseconds over {@code count} samples; {@code negative} of them were below zero, which
 * a reader must see (a clock offset, or something visible before it was possible).
 */
public record Percentiles(long count, double p50, double p95, double p99, double p999, double min, double max,
                          long negative) {
    public static final Percentiles NONE = new Percentiles(0, 0, 0, 0, 0, 0, 0, 0);
}
