package io.streambench.bench.report;

import io.streambench.api.run.ExecutionMode;
import io.streambench.bench.facts.Anchors;
import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What ran where: a row per engine x broker, a column per mode along the continuum, and in each place the cells
 * with their status, linked to their figures. Unsupported cells carry the engine's reason.
 */
public final class CapabilityMatrix {
    private CapabilityMatrix() {
    }

    public record Table(List<String> modes, List<Row> rows) {
    }

    public record Row(String engine, String broker, List<Place> places) {
    }

    /** One engine x broker x mode; no entries when the matrix did not run it. */
    public record Place(List<Entry> entries) {
        public boolean empty() {
            return entries.isEmpty();
        }
    }

    /** @param title the unsupported or failure reason, or the headline figures */
    public record Entry(String anchor, String text, String status, String title) {
    }

    static Table of(List<CellResult> cells) {
        List<ExecutionMode> modes = cells.stream().map(cell -> cell.cell().mode()).distinct()
                .sorted(Comparator.comparing((ExecutionMode mode) -> mode.kind().ordinal())
                        .thenComparing(mode -> mode.triggerInterval() == null ? 0 : mode.triggerInterval().toMillis()))
                .toList();
        Map<String, List<CellResult>> byEngineAndBroker = new LinkedHashMap<>();
        cells.stream().sorted(Comparator.comparing((CellResult cell) -> cell.cell().engine())
                        .thenComparing(cell -> cell.cell().broker()))
                .forEach(cell -> byEngineAndBroker.computeIfAbsent(cell.cell().engine() + "\u0000" + cell.cell().broker(),
                        key -> new ArrayList<>()).add(cell));
        List<Row> rows = new ArrayList<>();
        byEngineAndBroker.forEach((key, ofPair) -> {
            List<Place> places = new ArrayList<>();
            for (ExecutionMode mode : modes) {
                places.add(new Place(ofPair.stream().filter(cell -> cell.cell().mode().equals(mode))
                        .map(CapabilityMatrix::entry).toList()));
            }
            rows.add(new Row(ofPair.get(0).cell().engine(), ofPair.get(0).cell().broker(), places));
        });
        return new Table(modes.stream().map(ExecutionMode::toString).toList(), rows);
    }

    private static Entry entry(CellResult cell) {
        String title = switch (cell.status()) {
            case OK -> "correct";
            case WRONG -> "wrong results: " + CellFacts.firstLine(cell.reason());
            case NOT_SUSTAINED -> "correct, but not sustained: " + CellFacts.firstLine(cell.reason());
            default -> CellFacts.firstLine(cell.reason());
        };
        return new Entry(Anchors.cell(cell), cell.cell().pipeline() + CellFacts.qualifiers(cell),
                cell.status().wireName(), title);
    }
}
