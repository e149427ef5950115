package io.streambench.bench.compare;

import io.streambench.bench.report.Figures;
import io.streambench.bench.report.Markdown;
import io.streambench.bench.results.Machine;
import io.streambench.bench.results.ResultsFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The comparison as a Markdown table: readable on a console and in a CI job summary. */
public final class ComparisonTable {
    private ComparisonTable() {
    }

    public static String render(ResultsComparison comparison, double threshold) {
        List<String> lines = new ArrayList<>();
        lines.add("# streambench compare");
        lines.add("");
        lines.add("- before: " + run(comparison.before()));
        lines.add("- after: " + run(comparison.after()));
        lines.add(String.format(Locale.ROOT, "- flagged: a figure more than %.0f%% worse, or a cell that ran correctly "
                + "before and does not now", threshold * 100));
        if (!comparison.sameKindOfMachine()) {
            lines.add("- the runs were not on the same kind of machine: differences may come from the machines");
        }
        lines.add("");
        lines.add("| cell | figure | before | after | change | |");
        lines.add("|---|---|---:|---:|---:|---|");
        for (CellComparison cell : comparison.cells()) {
            String name = Markdown.text(cell.cell());
            if (!cell.before().status().equals(cell.after().status())) {
                lines.add("| " + name + " | status | " + Markdown.text(cell.before().status()) + " | "
                        + Markdown.text(cell.after().status()) + " | | " + (cell.statusRegressed() ? "**REGRESSION**" : "") + " |");
            }
            for (FigureChange change : cell.changes()) {
                lines.add("| " + name + " | " + change.figure().label() + " | " + Figures.number(change.before()) + " | "
                        + Figures.number(change.after()) + " | " + percent(change) + " | " + flag(change, threshold) + " |");
            }
        }
        lines.add("");
        comparison.onlyBefore().forEach(cell -> lines.add("- only before: " + Markdown.text(cell)));
        comparison.onlyAfter().forEach(cell -> lines.add("- only after: " + Markdown.text(cell)));
        long regressedCells = comparison.cells().stream().filter(cell -> cell.regressed(threshold)).count();
        lines.add("");
        lines.add(regressedCells == 0 ? "No regressions in " + comparison.cells().size() + " cells compared."
                : regressedCells + " of " + comparison.cells().size() + " cells compared regressed.");
        return String.join("\n", lines) + "\n";
    }

    private static String run(ResultsFile results) {
        Machine machine = results.machine();
        return Markdown.text(results.matrix().name()) + ", started " + Markdown.text(results.startedAt())
                + (machine == null ? "" : ", on " + Markdown.text(machine.host()) + " (" + machine.cores() + " cores, "
                + Markdown.text(machine.cpu()) + ")");
    }

    private static String percent(FigureChange change) {
        double relative = change.relativeChange();
        return Double.isInfinite(relative) ? "new" : String.format(Locale.ROOT, "%+.1f%%", relative * 100);
    }

    private static String flag(FigureChange change, double threshold) {
        if (change.worseBeyond(threshold)) {
            return "**REGRESSION**";
        }
        return change.betterBeyond(threshold) ? "better" : "";
    }
}
