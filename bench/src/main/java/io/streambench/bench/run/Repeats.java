package io.streambench.bench.run;

import io.streambench.bench.results.CellResult;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One result for a cell run several times: the median run, with the spread of the runs' key figures. */
final class Repeats {
    private Repeats() {
    }

    static CellResult combine(List<CellResult> runs) {
        if (runs.size() == 1) {
            return runs.get(0);
        }
        List<CellResult> measured = runs.stream().filter(run -> CellResult.OK.equals(run.status())).toList();
        if (measured.size() < runs.size()) {
            CellResult worst = runs.stream().filter(run -> !CellResult.OK.equals(run.status())).findFirst().orElseThrow();
            return worst.withRepeats(runs, null);
        }
        Function<CellResult, Double> key = run -> run.latency() != null ? run.latency().engineAdded().p99()
                : run.batch() != null ? run.batch().runtimeSeconds() : 0.0;
        List<CellResult> ordered = measured.stream().sorted(Comparator.comparing(key)).toList();
        CellResult median = ordered.get(ordered.size() / 2);
        Double p99Median = median(measured, run -> run.latency() == null ? null : run.latency().engineAdded().p99());
        Double runtimeMedian = median(measured, run -> run.batch() == null ? null : run.batch().runtimeSeconds());
        Double spread = relativeSpread(measured, key);
        return median.withRepeats(runs, new CellResult.Spread(runs.size(), p99Median,
                min(measured, run -> run.latency() == null ? null : run.latency().engineAdded().p99()),
                max(measured, run -> run.latency() == null ? null : run.latency().engineAdded().p99()),
                median(measured, run -> run.cost() == null ? null : run.cost().cpuSecondsPerMillionEvents()),
                runtimeMedian, spread));
    }

    /** (max - min) / median of the figure the runs are ranked by. */
    private static Double relativeSpread(List<CellResult> runs, Function<CellResult, Double> figure) {
        Double median = median(runs, figure);
        if (median == null || median == 0) {
            return null;
        }
        return (max(runs, figure) - min(runs, figure)) / median;
    }

    private static Double median(List<CellResult> runs, Function<CellResult, Double> figure) {
        List<Double> values = runs.stream().map(figure).filter(Objects::nonNull).sorted().toList();
        if (values.isEmpty()) {
            return null;
        }
        int middle = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
    }

    private static Double min(List<CellResult> runs, Function<CellResult, Double> figure) {
        return runs.stream().map(figure).filter(Objects::nonNull).min(Double::compare).orElse(null);
    }

    private static Double max(List<CellResult> runs, Function<CellResult, Double> figure) {
        return runs.stream().map(figure).filter(Objects::nonNull).max(Double::compare).orElse(null);
    }
}
