package io.streambench.bench.report;

import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;

import java.util.List;

/** Category and point names of the charts: the cell's label, its pipeline when the results hold several. */
final class ChartLabels {
    private final boolean severalPipelines;

    ChartLabels(List<CellResult> cells) {
        this.severalPipelines = cells.stream().map(cell -> cell.cell().pipeline()).distinct().count() > 1;
    }

    String of(CellResult result) {
        String label = CellFacts.label(result);
        if (result.status() == CellStatus.WRONG) {
            label += " (WRONG results)";
        } else if (result.status() == CellStatus.NOT_SUSTAINED) {
            label += " (not sustained)";
        }
        return severalPipelines ? label + "\n" + result.cell().pipeline() : label;
    }
}
