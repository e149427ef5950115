package io.streambench.bench.decision;

import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;

/** Fixture cells with another outcome, for the rules that depend on the outcome only. */
final class Cells {
    private Cells() {
    }

    static CellResult withStatus(CellResult cell, CellStatus status, String reason) {
        return new CellResult(cell.id(), cell.cell(), status, reason, cell.sinkLocation(), cell.correctness(),
                cell.latency(), cell.throughput(), cell.cost(), cell.startup(), cell.batch(), cell.recovery(), cell.counters(),
                cell.workDir(), cell.repeats(), cell.spread(), cell.conditions(), cell.sustain());
    }

    static CellResult withCost(CellResult cell, CellResult.Cost cost) {
        return new CellResult(cell.id(), cell.cell(), cell.status(), cell.reason(), cell.sinkLocation(),
                cell.correctness(), cell.latency(), cell.throughput(), cost, cell.startup(), cell.batch(),
                cell.recovery(), cell.counters(), cell.workDir(), cell.repeats(), cell.spread(), cell.conditions(),
                cell.sustain());
    }
}
