package io.streambench.bench.compare;

import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.results.CellResult;

import java.util.List;

/** A cell that both results have: its status in each and the change of every figure both measured. */
public record CellComparison(String cell, CellResult before, CellResult after, List<FigureChange> changes) {
    public CellComparison {
        changes = List.copyOf(changes);
    }

    /** A cell that ran correctly before and does not now: a regression whatever the threshold. */
    public boolean statusRegressed() {
        return CellFacts.isOk(before) && !CellFacts.isOk(after);
    }

    public List<FigureChange> regressions(ChangeRule rule) {
        return changes.stream().filter(rule::regression).toList();
    }

    public boolean regressed(ChangeRule rule) {
        return statusRegressed() || !regressions(rule).isEmpty();
    }
}
