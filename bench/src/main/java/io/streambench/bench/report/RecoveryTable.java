package io.streambench.bench.report;

import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.bench.facts.Anchors;
import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.facts.RecoveryFacts;
import io.streambench.bench.fault.Recovery;
import io.streambench.bench.fault.Replay;
import io.streambench.bench.results.CellResult;

import java.util.List;

/**
 * The recovery table: a row per cell measured under a fault, with what the fault cost. Lost and duplicated results
 * are judged by the cell's guarantee: a loss breaks either guarantee, a duplicate only exactly-once, since an
 * at-least-once engine writes again after a restart what it wrote before. A restart without checkpoint loses what
 * its start position leaves out by choice: that loss is marked expected.
 */
public final class RecoveryTable {
    static final String GOOD = "good";
    static final String BAD = "bad";
    static final String EXPECTED = "expected";
    static final String PLAIN = "";
    static final String DUPLICATES_EXPECTED = "expected of at-least-once";
    static final String LOSS_CHOSEN = "what a restart without its checkpoint leaves out";

    private RecoveryTable() {
    }

    /**
     * @param anchor     the row's id, which decision.md links to
     * @param cellAnchor the cell's row of every figure
     * @param option     engine, broker and mode
     * @param promise    what the restart's start position promised to read, in words
     * @param slo        the latency a result had to be back under
     */
    public record Row(String anchor, String cellAnchor, String option, String pipeline, String sink, String guarantee,
                      String fault, String resumedFrom, String promise, String recoveryAction, String toResults,
                      String toLatencyUnderSlo, String slo, Count lost, Count duplicated, String rewrites,
                      String readBeforeFault, String readAfterRestart, String promisedRead) {
    }

    /**
     * @param judgement how the count stands against the cell's guarantee, as a CSS class: good, bad, expected or empty
     * @param note      why, where the colour alone would not say
     */
    public record Count(String value, String judgement, String note) {
    }

    static List<Row> rows(List<CellResult> cells) {
        return cells.stream().filter(cell -> cell.recovery() != null).map(RecoveryTable::row).toList();
    }

    private static Row row(CellResult cell) {
        Recovery recovery = cell.recovery();
        Replay replay = recovery.replay();
        boolean exactlyOnce = CellFacts.guarantee(cell) == DeliveryGuarantee.EXACTLY_ONCE;
        Count lost = lost(cell);
        Count duplicated = duplicated(recovery.duplicated(), exactlyOnce);
        return new Row(Anchors.recovery(cell), Anchors.cell(cell), CellFacts.option(cell), cell.cell().pipeline(),
                CellFacts.sink(cell),
                CellFacts.guarantee(cell).wireName() + (cell.cell().guarantee() == null ? " (default)" : ""),
                recovery.fault(), replay == null ? "not recorded" : replay.resumedFrom(),
                replay == null || replay.promise() == null ? "" : replay.promise(),
                Figures.seconds(recovery.recoveryActionSeconds()), RecoveryFacts.afterFault(recovery.secondsToResults()),
                RecoveryFacts.afterFault(recovery.secondsToLatencyUnderSlo()), Figures.millis(recovery.sloMillis()),
                lost, duplicated,
                recovery.postgresRewrites() == null ? "-" : Figures.count(recovery.postgresRewrites()),
                replay == null ? "-" : Figures.count(replay.readBeforeFault()),
                replay == null ? "-" : Figures.count(replay.readAfterRestart()),
                replay == null ? "-" : replay.promisedRead() == null ? "not known" : Figures.count(replay.promisedRead()));
    }

    private static Count lost(CellResult cell) {
        Recovery recovery = cell.recovery();
        String value = Figures.count(recovery.lost());
        if (recovery.lost() == 0) {
            return new Count(value, GOOD, "");
        }
        return RecoveryFacts.restartedWithoutCheckpoint(cell) ? new Count(value, EXPECTED, LOSS_CHOSEN)
                : new Count(value, BAD, "");
    }

    private static Count duplicated(long duplicated, boolean exactlyOnce) {
        String value = Figures.count(duplicated);
        if (exactlyOnce) {
            return new Count(value, duplicated == 0 ? GOOD : BAD, "");
        }
        return duplicated == 0 ? new Count(value, PLAIN, "") : new Count(value, EXPECTED, DUPLICATES_EXPECTED);
    }
}
