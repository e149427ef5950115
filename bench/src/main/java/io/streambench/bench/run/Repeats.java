package io.streambench.bench.run;

import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.Figure;
import io.streambench.bench.results.FigureSpread;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One result for a cell run several times: every figure's median and spread over the runs that measured it. */
final class Repeats {
    private Repeats() {
    }

    static CellResult combine(List<CellResult> runs) {
        if (runs.size() == 1) {
            return runs.get(0);
        }
        Optional<CellResult> notOk = runs.stream().filter(run -> run.status() != CellStatus.OK).findFirst();
        if (notOk.isPresent()) {
            return notOk.get().withRepeats(runs, Map.of());
        }
        // The figures are medians per figure; the sections around them (other percentiles, counts, probes, the
        // decomposition) cannot be combined that way without contradicting each other, so they are those of one real
        // run: the one with the median engine-added p99, or batch runtime.
        return medianRun(runs).withRepeats(runs, spreads(runs));
    }

    private static Map<String, FigureSpread> spreads(List<CellResult> runs) {
        Map<String, FigureSpread> spreads = new LinkedHashMap<>();
        for (Figure figure : Figure.values()) {
            List<Double> values = runs.stream().flatMap(run -> figure.measuredIn(run).stream()).toList();
            if (!values.isEmpty()) {
                spreads.put(figure.key(), FigureSpread.of(values));
            }
        }
        return spreads;
    }

    private static CellResult medianRun(List<CellResult> runs) {
        List<CellResult> ordered = runs.stream().sorted(Comparator.comparingDouble(run -> Figure.P99_LATENCY
                .measuredIn(run).or(() -> Figure.BATCH_RUNTIME.measuredIn(run)).orElse(0.0))).toList();
        return ordered.get(ordered.size() / 2);
    }
}
