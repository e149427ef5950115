package io.streambench.bench.facts;

import java.util.Locale;

/** How the reports write numbers: thousands separated, units spelled out, never "NaN". */
public final class Figures {
    private Figures() {
    }

    public static String millis(double value) {
        return number(value) + " ms";
    }

    public static String seconds(double value) {
        return (value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value))
                + " s";
    }

    public static String rate(double eventsPerSecond) {
        return number(eventsPerSecond) + " ev/s";
    }

    public static String cpuPerMillion(double value) {
        return String.format(Locale.ROOT, "%,.1f", value) + " CPU-s per million events";
    }

    /** A count of events or results, thousands separated. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public static String megabytes(double value) {
        return number(value) + " MB";
    }

    /** A signed change relative to a base, e.g. {@code +12%}. */
    public static String percentChange(double from, double to) {
        return String.format(Locale.ROOT, "%+.0f%%", (to - from) / from * 100);
    }

    /** Whole numbers with thousands separators; one decimal below 100 so that small figures keep their precision. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "-";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    public static boolean measured(Double value) {
        return value != null && !value.isNaN() && !value.isInfinite();
    }
}
