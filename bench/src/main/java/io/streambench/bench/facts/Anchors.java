package io.streambench.bench.facts;

import io.streambench.bench.results.CellResult;

/** Ids of places in report.html that other documents (decision.md) link to. */
public final class Anchors {
    /** The section on faults and recovery, present when some cell was measured under a fault. */
    public static final String RECOVERY = "recovery";

    private Anchors() {
    }

    /** The row of a cell's figures, safe in a URL fragment and an HTML attribute. */
    public static String cell(CellResult result) {
        return "cell-" + result.id().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The row of a cell's recovery from its fault. */
    public static String recovery(CellResult result) {
        return RECOVERY + "-" + cell(result);
    }

    /** The continuum chart of a pipeline. */
    public static String continuum(String pipeline) {
        return "chart-continuum-" + (pipeline == null ? "none" : pipeline.replaceAll("[^A-Za-z0-9-]", "-"));
    }
}
