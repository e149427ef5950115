package io.streambench.bench.decision;

import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;

/** Fixture cells with another outcome, for the rules that depend on the outcome only. */
final class Cells {
    private Cells() {
    }

    static CellResult withStatus(CellResult cell, CellStatus status, String reason) {
        return cell.toBuilder().status(status).reason(reason).build();
    }

    static CellResult withCost(CellResult cell, CellResult.Cost cost) {
        return cell.toBuilder().cost(cost).build();
    }
}
