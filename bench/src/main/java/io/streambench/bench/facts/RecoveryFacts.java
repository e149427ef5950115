package io.streambench.bench.facts;

import io.streambench.bench.fault.Fault;
import io.streambench.bench.fault.Recovery;
import io.streambench.bench.results.CellResult;

/** What both reports say about a cell's recovery from its fault. */
public final class RecoveryFacts {
    private RecoveryFacts() {
    }

    /**
     * The cell's fault restarted the engine without its checkpoint, from a start position: what it lost or read twice
     * is what that position promises, a choice of the restart, not evidence about the engine's guarantee.
     */
    public static boolean restartedWithoutCheckpoint(CellResult result) {
        Fault fault = result.cell().fault();
        return fault != null && fault.restartFrom() != null;
    }

    /** Nothing lost and nothing duplicated under the fault: what exactly-once promises. */
    public static boolean keptExactlyOnce(Recovery recovery) {
        return recovery.lost() == 0 && recovery.duplicated() == 0;
    }

    /** Results lost and duplicated against the oracle, and the rewrites the PostgreSQL upsert absorbed. */
    public static String counts(Recovery recovery) {
        return Figures.count(recovery.lost()) + " lost, " + Figures.count(recovery.duplicated()) + " duplicated"
                + (recovery.postgresRewrites() == null ? ""
                : ", " + Figures.count(recovery.postgresRewrites()) + " rewrites absorbed by the PostgreSQL upsert");
    }

    /** How long the recovery action took and how long after the fault results, then their latency, came back. */
    public static String timings(Recovery recovery) {
        String results = recovery.secondsToResults() == null ? "results never flowed again"
                : "results flowed again after " + Figures.seconds(recovery.secondsToResults());
        String latency = recovery.secondsToLatencyUnderSlo() == null
                ? "latency never came back under " + Figures.millis(recovery.sloMillis())
                : "latency was under " + Figures.millis(recovery.sloMillis()) + " after "
                + Figures.seconds(recovery.secondsToLatencyUnderSlo());
        return "the recovery action took " + Figures.seconds(recovery.recoveryActionSeconds()) + ", " + results + ", "
                + latency;
    }

    /** Seconds from the fault, or {@code never}. */
    public static String afterFault(Double seconds) {
        return seconds == null ? "never" : Figures.seconds(seconds);
    }
}
