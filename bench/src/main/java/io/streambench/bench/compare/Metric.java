package io.streambench.bench.compare;

import io.streambench.bench.report.CellFacts;
import io.streambench.bench.report.Figures;
import io.streambench.bench.results.CellResult;

import java.util.Optional;
import java.util.function.Function;

/** A figure compared between two runs of a cell, and which way is better. */
public enum Metric {
    P50_LATENCY("engine-added p50, ms", false,
            cell -> CellFacts.hasLatency(cell) ? cell.latency().engineAdded().p50() : null),
    P99_LATENCY("engine-added p99, ms", false,
            cell -> CellFacts.hasLatency(cell) ? cell.latency().engineAdded().p99() : null),
    PROCESSING_P99("processing p99, ms", false,
            cell -> CellFacts.hasLatency(cell) ? cell.latency().processing().p99() : null),
    EVENT_TIME_P99("event-time p99, ms", false,
            cell -> CellFacts.hasLatency(cell) && cell.latency().eventTime() != null
                    ? cell.latency().eventTime().p99() : null),
    CPU_PER_MILLION("CPU-s per million events", false,
            cell -> cell.cost() == null ? null : cell.cost().cpuSecondsPerMillionEvents()),
    PEAK_RSS("peak RSS, MB", false, cell -> cell.cost() == null ? null : cell.cost().peakRssMb()),
    STARTUP("first result after, s", false,
            cell -> cell.startup() == null ? null : cell.startup().secondsToFirstResult()),
    BATCH_RUNTIME("batch runtime, s", false, cell -> cell.batch() == null ? null : cell.batch().runtimeSeconds()),
    DRAIN_RATE("drain rate, ev/s", true, cell -> cell.throughput() == null ? null : cell.throughput().drainRate()),
    SUSTAINABLE_RATE("sustainable rate, ev/s", true,
            cell -> cell.throughput() == null ? null : cell.throughput().sustainableRate());

    private final String label;
    private final boolean higherIsBetter;
    private final Function<CellResult, Double> figure;

    Metric(String label, boolean higherIsBetter, Function<CellResult, Double> figure) {
        this.label = label;
        this.higherIsBetter = higherIsBetter;
        this.figure = figure;
    }

    public String label() {
        return label;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The figure of a cell, when it ran correctly and measured it. */
    public Optional<Double> of(CellResult cell) {
        if (!CellFacts.isOk(cell)) {
            return Optional.empty();
        }
        Double value = figure.apply(cell);
        return Figures.measured(value) ? Optional.of(value) : Optional.empty();
    }
}
