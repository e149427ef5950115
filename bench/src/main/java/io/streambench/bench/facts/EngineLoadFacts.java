package io.streambench.bench.facts;

import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.EngineLoad;

import java.util.Optional;

/** What both reports say about a cell's load as the engine itself measured it. */
public final class EngineLoadFacts {
    private EngineLoadFacts() {
    }

    /** The verdict's sentence and the readings behind it. */
    public static String describe(EngineLoad load) {
        String readings = load.steadySamples() > 0
                ? load.steadySamples() + " of the engine's " + load.samples().size() + " readings in the steady stretch"
                : load.samples().size() + " readings of the engine, none in a steady stretch, so no verdict";
        return load.summary() + " (" + readings + ")";
    }

    /**
     * Why a cell that fell short is short of capacity rather than slow, when the engine says it could not keep up:
     * e.g. {@code under-provisioned at parallelism 2: back-pressured: ...}; empty if the engine said nothing of it.
     */
    public static Optional<String> underProvisioned(CellResult result) {
        EngineLoad load = result.engineLoad();
        if (load == null || !Boolean.TRUE.equals(load.backpressured())) {
            return Optional.empty();
        }
        return Optional.of("under-provisioned at parallelism " + result.resolved().parallelism() + " ("
                + load.summary() + ")");
    }
}
