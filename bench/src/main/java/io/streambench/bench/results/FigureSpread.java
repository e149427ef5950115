package io.streambench.bench.results;

import java.util.List;

/**
 * One figure over the runs of a cell that measured it: how many did, their median (the figure the cell reports),
 * their range, and the range relative to the median, {@code (max - min) / median} (null when the median is 0).
 */
public record FigureSpread(int runs, double median, double min, double max, Double relativeSpread) {

    public static FigureSpread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a spread needs at least one value");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        double min = sorted.get(0);
        double max = sorted.get(sorted.size() - 1);
        return new FigureSpread(sorted.size(), median, min, max, median == 0 ? null : (max - min) / median);
    }

    public boolean contains(double value) {
        return min <= value && value <= max;
    }
}
