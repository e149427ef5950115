package io.streambench.bench.compare;

import io.streambench.bench.facts.FigureText;
import io.streambench.bench.facts.Markdown;
import io.streambench.bench.results.Machine;
import io.streambench.bench.results.ResultsFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The comparison as a Markdown table: readable on a console and in a CI job summary. */
public final class ComparisonTable {
    private ComparisonTable() {
    }

    public static String render(ResultsComparison comparison, ChangeRule rule) {
        List<String> lines = new ArrayList<>();
        lines.add("# streambench compare");
        lines.add("");
        lines.add("- before: " + run(comparison.before()));
        lines.add("- after: " + run(comparison.after()));
        lines.add(String.format(Locale.ROOT, "- flagged: a figure whose runs do not overlap (each median outside the "
                + "other side's min–max) and whose median is more than %.0f%% worse, or a cell that ran correctly "
                + "before and does not now", rule.threshold() * 100));
        lines.add(rule.thresholdAloneForFewRuns()
                ? String.format(Locale.ROOT, "- a figure with fewer than %d runs on a side is judged by the %.0f%% "
                + "threshold alone (marked threshold only): one run's noise can exceed it", FigureChange.ENOUGH_RUNS,
                rule.threshold() * 100)
                : "- a figure with fewer than " + FigureChange.ENOUGH_RUNS + " runs on a side is never flagged: too few "
                + "repeats to tell a change from noise");
        if (!comparison.sameKindOfMachine()) {
            lines.add("- the runs were not on the same kind of machine: differences may come from the machines");
        }
        lines.add("");
        lines.add("| cell | figure | before | after | change | |");
        lines.add("|---|---|---:|---:|---:|---|");
        long tooFew = 0;
        for (CellComparison cell : comparison.cells()) {
            String name = Markdown.text(cell.cell());
            if (cell.before().status() != cell.after().status()) {
                lines.add("| " + name + " | status | " + cell.before().status().wireName() + " | "
                        + cell.after().status().wireName() + " | | " + (cell.statusRegressed() ? "**REGRESSION**" : "")
                        + " |");
            }
            for (FigureChange change : cell.changes()) {
                tooFew += change.enoughRuns() ? 0 : 1;
                lines.add("| " + name + " | " + change.figure().label() + " | " + FigureText.withSpread(change.before())
                        + " | " + FigureText.withSpread(change.after()) + " | " + percent(change) + " | "
                        + flag(change, rule) + " |");
            }
        }
        lines.add("");
        comparison.onlyBefore().forEach(cell -> lines.add("- only before: " + Markdown.text(cell)));
        comparison.onlyAfter().forEach(cell -> lines.add("- only after: " + Markdown.text(cell)));
        long regressedCells = comparison.cells().stream().filter(cell -> cell.regressed(rule)).count();
        lines.add("");
        lines.add(regressedCells == 0 ? "No regressions in " + comparison.cells().size() + " cells compared."
                : regressedCells + " of " + comparison.cells().size() + " cells compared regressed.");
        if (tooFew > 0) {
            lines.add(tooFew + " figures had fewer than " + FigureChange.ENOUGH_RUNS + " runs on a side"
                    + (rule.thresholdAloneForFewRuns() ? " and were judged by the threshold alone"
                    : ": too few repeats to tell. Repeat the cells (`repeat: " + FigureChange.ENOUGH_RUNS + "`)") + ".");
        }
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

    private static String flag(FigureChange change, ChangeRule rule) {
        String thresholdOnly = change.enoughRuns() ? "" : " (threshold only)";
        return switch (rule.judge(change)) {
            case REGRESSION -> "**REGRESSION**" + thresholdOnly;
            case IMPROVEMENT -> "better" + thresholdOnly;
            case WITHIN_SPREAD -> "within the spread";
            case WITHIN_THRESHOLD -> "";
            case TOO_FEW_REPEATS -> "too few repeats to tell";
        };
    }
}
