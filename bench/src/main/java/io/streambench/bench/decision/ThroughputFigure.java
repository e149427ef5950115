package io.streambench.bench.decision;

import io.streambench.bench.facts.Figures;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Figure;

import java.util.Optional;

/**
 * The throughput a cell showed, with what it is: the sustainable rate when a search measured it, the drain rate of
 * a bounded run, or else the rate the engine read at the offered rate (which cannot exceed the offered rate).
 */
public record ThroughputFigure(double eventsPerSecond, String basis, boolean cappedByOfferedRate) {
    public static Optional<ThroughputFigure> of(CellResult result) {
        Optional<ThroughputFigure> sustainable = Figure.SUSTAINABLE_RATE.of(result)
                .map(rate -> new ThroughputFigure(rate, "sustainable rate found by a throughput search", false));
        Optional<ThroughputFigure> drain = Figure.DRAIN_RATE.of(result)
                .map(rate -> new ThroughputFigure(rate, "drain rate of a pre-loaded backlog, start-up included", false));
        Optional<ThroughputFigure> read = Figure.ENGINE_READ_RATE.of(result).map(rate -> new ThroughputFigure(rate,
                "read rate at an offered " + Figures.rate(result.throughput().offeredRate()), true));
        return sustainable.or(() -> drain).or(() -> read);
    }

    public String describe() {
        return Figures.rate(eventsPerSecond) + " (" + basis + ")";
    }
}
