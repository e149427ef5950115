package io.streambench.bench.results;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figures a cell is measured by, each with a stable key (its path in a cell of {@code results.json}), a label
 * with its unit, and which way is better. This is the one list: whatever combines repeated runs, prints figures or
 * compares them goes through it, so a figure added here is combined, shown and compared like every other.
 */
public enum Figure {
    P50_LATENCY("latency.engineAdded.p50", "engine-added p50, ms", false,
            cell -> measuredLatency(cell) ? cell.latency().engineAdded().p50() : null),
    P99_LATENCY("latency.engineAdded.p99", "engine-added p99, ms", false,
            cell -> measuredLatency(cell) ? cell.latency().engineAdded().p99() : null),
    PROCESSING_P99("latency.processing.p99", "processing p99, ms", false,
            cell -> measuredLatency(cell) ? cell.latency().processing().p99() : null),
    EVENT_TIME_P99("latency.eventTime.p99", "event-time p99, ms", false,
            cell -> measuredLatency(cell) && cell.latency().eventTime() != null ? cell.latency().eventTime().p99() : null),
    /** What cells are ranked by: the steady cost of engine and broker where measured, else the engine's whole run. */
    CPU_PER_MILLION("cost.perMillionEvents", "CPU-s per million events", false,
            cell -> cell.cost() == null ? null : cell.cost().perMillionEvents()),
    STEADY_CPU_PER_MILLION("cost.steadyCpuSecondsPerMillionEvents", "steady CPU-s per million events", false,
            cell -> cell.cost() == null ? null : cell.cost().steadyCpuSecondsPerMillionEvents()),
    MARGINAL_CPU_PER_MILLION("cost.marginalCpuSecondsPerMillionEvents", "marginal CPU-s per million events", false,
            cell -> cell.cost() == null ? null : cell.cost().marginalCpuSecondsPerMillionEvents()),
    ENGINE_CPU("cost.engineCpuSeconds", "engine CPU-s", false,
            cell -> cell.cost() == null ? null : cell.cost().engineCpuSeconds()),
    BROKER_CPU("cost.brokerCpuSeconds", "broker CPU-s", false,
            cell -> cell.cost() == null ? null : cell.cost().brokerCpuSeconds()),
    PEAK_RSS("cost.peakRssMb", "peak RSS, MB", false, cell -> cell.cost() == null ? null : cell.cost().peakRssMb()),
    STARTUP_SECONDS("startup.seconds", "start-up to first read, s", false,
            cell -> cell.startup() == null ? null : cell.startup().seconds()),
    STARTUP("startup.secondsToFirstResult", "first result after, s", false,
            cell -> cell.startup() == null ? null : cell.startup().secondsToFirstResult()),
    BATCH_RUNTIME("batch.runtimeSeconds", "batch runtime, s", false,
            cell -> cell.batch() == null ? null : cell.batch().runtimeSeconds()),
    ENGINE_READ_RATE("throughput.engineReadRate", "engine read rate, ev/s", true,
            cell -> cell.throughput() == null ? null : cell.throughput().engineReadRate()),
    DRAIN_RATE("throughput.drainRate", "drain rate, ev/s", true,
            cell -> cell.throughput() == null ? null : cell.throughput().drainRate()),
    RAW_CONSUMER_RATE("throughput.rawConsumerRate", "raw consumer rate (engine's client), ev/s", true,
            cell -> cell.throughput() == null ? null : cell.throughput().rawConsumerRate()),
    SUSTAINABLE_RATE("throughput.sustainableRate", "sustainable rate, ev/s", true,
            cell -> cell.throughput() == null ? null : cell.throughput().sustainableRate());

    private final String key;
    private final String label;
    private final boolean higherIsBetter;
    private final Function<CellResult, Double> figure;

    Figure(String key, String label, boolean higherIsBetter, Function<CellResult, Double> figure) {
        this.key = key;
        this.label = label;
        this.higherIsBetter = higherIsBetter;
        this.figure = figure;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The figure the cell reports: over repeated runs the median of those that measured it, else its own. */
    public Optional<Double> of(CellResult cell) {
        return spreadOf(cell).map(FigureSpread::median);
    }

    /** The figure over the cell's runs: their spread when the cell was repeated, else its one run's value. */
    public Optional<FigureSpread> spreadOf(CellResult cell) {
        FigureSpread repeated = cell.spread().get(key);
        return repeated != null ? Optional.of(repeated) : measuredIn(cell).map(value -> FigureSpread.of(List.of(value)));
    }

    /** The figure as the cell's own sections hold it, when they measured it. */
    public Optional<Double> measuredIn(CellResult cell) {
        Double value = figure.apply(cell);
        return value == null || !Double.isFinite(value) ? Optional.empty() : Optional.of(value);
    }

    private static boolean measuredLatency(CellResult cell) {
        return cell.latency() != null && cell.latency().measured();
    }
}
