package io.streambench.api.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.HdrHistogram.Histogram;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;

/**
 * Millisecond delays with their sign: a negative one (a result visible before it was possible, a clock ahead of
 * another) is kept and counted, never clamped to zero. Three significant digits, any magnitude. Thread-safe.
 * In JSON it is one string, {@link #encoded}, so that a histogram crosses a process boundary whole.
 */
public final class SignedHistogram {
    private static final int SIGNIFICANT_DIGITS = 3;
    /** Between the two halves of {@link #encoded}; base64 never contains it. */
    private static final String HALVES = " ";

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

    /**
     * The samples as text: the histograms at or above and below zero, each HdrHistogram's compressed encoding in
     * base64, separated by a space. {@link #decode} reads it back.
     */
    @JsonValue
    public synchronized String encoded() {
        return base64(atOrAboveZero) + HALVES + base64(belowZero);
    }

    @JsonCreator
    public static SignedHistogram decode(String encoded) {
        String[] halves = encoded.split(HALVES, -1);
        if (halves.length != 2) {
            throw new IllegalArgumentException("not an encoded signed histogram: expected two base64 parts separated "
                    + "by a space, found " + halves.length);
        }
        SignedHistogram decoded = new SignedHistogram();
        decoded.atOrAboveZero.add(histogram(halves[0]));
        decoded.belowZero.add(histogram(halves[1]));
        return decoded;
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

    private static String base64(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer, Deflater.DEFAULT_COMPRESSION);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }

    private static Histogram histogram(String base64) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("not an encoded histogram: " + e.getMessage(), e);
        }
    }
}
