package io.streambench.bench.decision;

import io.streambench.bench.report.Figures;
import io.streambench.bench.results.CellResult;

import java.util.Optional;

/**
 * The throughput a cell showed, with what it is: the sustainable rate when a search measured it, the drain rate of
 * a bounded run, or else the rate the engine read at the offered rate (which cannot exceed the offered rate).
 */
public record ThroughputFigure(double eventsPerSecond, String basis, boolean cappedByOfferedRate) {
    public static Optional<ThroughputFigure> of(CellResult result) {
        CellResult.Throughput throughput = result.throughput();
        if (throughput == null) {
            return Optional.empty();
        }
        if (Figures.measured(throughput.sustainableRate())) {
            return Optional.of(new ThroughputFigure(throughput.sustainableRate(),
                    "sustainable rate found by a throughput search", false));
        }
        if (Figures.measured(throughput.drainRate())) {
            return Optional.of(new ThroughputFigure(throughput.drainRate(),
                    "drain rate of a pre-loaded backlog, start-up included", false));
        }
        if (Figures.measured(throughput.engineReadRate())) {
            return Optional.of(new ThroughputFigure(throughput.engineReadRate(),
                    "read rate at an offered " + Figures.rate(throughput.offeredRate()), true));
        }
        return Optional.empty();
    }

    public String describe() {
        return Figures.rate(eventsPerSecond) + " (" + basis + ")";
    }
}
