package io.streambench.bench.run;

import io.streambench.bench.matrix.CellSettings;

import java.time.Duration;
import java.util.List;

/**
 * A rough length of a cell before it runs, for the matrix's ETA and {@code plan}: the load's own length plus what a
 * cell costs around it (broker and engine start-up, the raw consumer, the drain, the oracle), times its repeats.
 * Once cells have run, {@link #remaining} scales the estimate by how long the finished ones really took.
 */
public final class CellEstimate {
    /** Start-up, drain and checks around a streaming cell's load, as seen on a 2-core machine. */
    static final Duration STREAMING_OVERHEAD = Duration.ofSeconds(45);
    /** A bounded cell: loading as fast as the loader goes, a raw consumer, then the engine from start to end. */
    static final Duration BOUNDED_OVERHEAD = Duration.ofSeconds(40);
    static final double BOUNDED_LOAD_RATE = 40_000;
    /** A throughput search probes several rates, each a short streaming run. */
    static final int SEARCH_PROBES = 6;

    private CellEstimate() {
    }

    public static Duration of(CellSettings cell) {
        CellWorkload workload = CellWorkload.of(cell, 0);
        Duration one;
        if (cell.mode() != null && cell.mode().isBounded()) {
            one = BOUNDED_OVERHEAD.plusMillis(Math.round(workload.events() * 1000.0 / BOUNDED_LOAD_RATE));
        } else {
            one = STREAMING_OVERHEAD.plusMillis(Math.round(workload.events() * 1000.0 / workload.rate()));
        }
        if (Boolean.TRUE.equals(cell.throughputSearch())) {
            one = one.multipliedBy(SEARCH_PROBES);
        }
        return one.multipliedBy(cell.resolved().repeat());
    }

    public static Duration total(List<CellSettings> cells) {
        return cells.stream().map(CellEstimate::of).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * What is left of a matrix whose first {@code done} cells took {@code spent}: the estimate of the rest, scaled by
     * the ratio of what the finished cells took to their estimate.
     */
    public static Duration remaining(List<CellSettings> cells, int done, Duration spent) {
        Duration estimatedDone = total(cells.subList(0, done));
        Duration rest = total(cells.subList(done, cells.size()));
        if (done == 0 || estimatedDone.isZero()) {
            return rest;
        }
        return Duration.ofMillis(Math.round(rest.toMillis() * ((double) spent.toMillis() / estimatedDone.toMillis())));
    }

    /** "about 12 min", "about 40 s" */
    public static String describe(Duration estimate) {
        long seconds = estimate.toSeconds();
        return seconds < 90 ? "about " + seconds + " s" : "about " + Math.round(seconds / 60.0) + " min";
    }
}
