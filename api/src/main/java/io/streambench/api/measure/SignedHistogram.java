package io.streambench.api.measure;

import org.HdrHistogram.Histogram;

/**
 * Millisecond delays with their sign: a negative one (a result visible before it was possible, a clock ahead of
 * another) is kept and counted, never clamped to zero. Three significant digits, any magnitude. Thread-safe.
 */
public final class SignedHistogram {
    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram atOrAboveZero = new Histogram(SIGNIFICANT_DIGITS);
    private final Histogram belowZero = new Histogram(SIGNIFICANT_DIGITS);

    public synchronized void record(long millis) {
        if (millis >= 0) {
            atOrAboveZero.recordValue(millis);
        } else {
            belowZero.recordValue(millis == Long.MIN_VALUE ? Long.MAX_VALUE : -millis);
        }
    }

    public synchronized void add(SignedHistogram other) {
        synchronized (other) {
            atOrAboveZero.add(other.atOrAboveZero);
            belowZero.add(other.belowZero);
        }
    }

    public synchronized long count() {
        return atOrAboveZero.getTotalCount() + belowZero.getTotalCount();
    }

    /** The value below which {@code percentile} percent of the samples lie; 0 without samples. */
    public synchronized long valueAtPercentile(double percentile) {
        long total = count();
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * total));
        long negatives = belowZero.getTotalCount();
        if (rank <= negatives) {
            // ascending order starts with the largest magnitude below zero
            return -belowZero.getValueAtPercentile(100.0 * (negatives - rank + 1) / negatives);
        }
        return atOrAboveZero.getValueAtPercentile(100.0 * (rank - negatives) / atOrAboveZero.getTotalCount());
    }

    public synchronized Percentiles percentiles() {
        long negatives = belowZero.getTotalCount();
        long min = negatives > 0 ? -belowZero.getMaxValue()
                : atOrAboveZero.getTotalCount() > 0 ? atOrAboveZero.getMinValue() : 0;
        long max = atOrAboveZero.getTotalCount() > 0 ? atOrAboveZero.getMaxValue()
                : negatives > 0 ? -belowZero.getMinValue() : 0;
        return new Percentiles(count(), valueAtPercentile(50), valueAtPercentile(95), valueAtPercentile(99),
                valueAtPercentile(99.9), min, max, negatives);
    }
}
