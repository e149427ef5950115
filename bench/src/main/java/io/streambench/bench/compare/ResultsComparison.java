package io.streambench.bench.compare;

import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.results.Figure;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.ResultsFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two results files cell by cell. Cells are matched by what they ran (engine, broker, pipeline, mode, rate and the
 * other settings), not by their position in the matrix, so that adding a cell does not shift the comparison.
 */
public record ResultsComparison(ResultsFile before, ResultsFile after, List<CellComparison> cells,
                                List<String> onlyBefore, List<String> onlyAfter) {

    public static ResultsComparison of(ResultsFile before, ResultsFile after) {
        Map<String, CellResult> old = byKey(before.cells());
        Map<String, CellResult> current = byKey(after.cells());
        List<CellComparison> cells = new ArrayList<>();
        List<String> onlyAfter = new ArrayList<>();
        current.forEach((key, cell) -> {
            CellResult previous = old.get(key);
            if (previous == null) {
                onlyAfter.add(key);
            } else {
                cells.add(new CellComparison(key, previous, cell, changes(previous, cell)));
            }
        });
        List<String> onlyBefore = old.keySet().stream().filter(key -> !current.containsKey(key)).toList();
        return new ResultsComparison(before, after, cells, onlyBefore, onlyAfter);
    }

    public boolean regressed(ChangeRule rule) {
        return cells.stream().anyMatch(cell -> cell.regressed(rule));
    }

    /** Whether both runs were on machines of the same size and kind, which a fair comparison needs. */
    public boolean sameKindOfMachine() {
        if (before.machine() == null || after.machine() == null) {
            return false;
        }
        return before.machine().cores() == after.machine().cores()
                && Objects.equals(before.machine().cpu(), after.machine().cpu())
                && before.machine().memoryMb() == after.machine().memoryMb();
    }

    private static List<FigureChange> changes(CellResult before, CellResult after) {
        List<FigureChange> changes = new ArrayList<>();
        if (!CellFacts.isOk(before) || !CellFacts.isOk(after)) {
            return changes;
        }
        for (Figure figure : Figure.values()) {
            figure.spreadOf(before).ifPresent(old -> figure.spreadOf(after).ifPresent(current ->
                    changes.add(new FigureChange(figure, old, current))));
        }
        return changes;
    }

    /** Cells by what they ran; a second cell with the same settings gets {@code #2}. */
    private static Map<String, CellResult> byKey(List<CellResult> cells) {
        Map<String, CellResult> byKey = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CellResult cell : cells) {
            String key = key(cell);
            int occurrence = seen.merge(key, 1, Integer::sum);
            byKey.put(occurrence == 1 ? key : key + " #" + occurrence, cell);
        }
        return byKey;
    }

    static String key(CellResult cell) {
        var settings = cell.cell();
        StringBuilder key = new StringBuilder(CellFacts.label(cell)).append(" ").append(settings.pipeline());
        if (settings.sink() != null) {
            key.append(" sink ").append(settings.sink());
        }
        if (settings.parallelism() != null) {
            key.append(" x").append(settings.parallelism());
        }
        if (settings.fault() != null) {
            key.append(" fault ").append(settings.fault());
        }
        return key.toString();
    }
}
