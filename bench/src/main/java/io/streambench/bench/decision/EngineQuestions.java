package io.streambench.bench.decision;

import io.streambench.api.engine.EngineSample;
import io.streambench.api.engine.JobHandle;
import io.streambench.bench.facts.Anchors;
import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.facts.EngineLoadFacts;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.facts.Markdown;
import io.streambench.bench.facts.RecoveryFacts;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The seeds' first question, "why use Flink over Kafka for processing data?", and the five points of its answer
 * (checkpointing, recovery, late data, windowing, parallelism), put to the engines that ran the same pipeline on Kafka
 * in this run. Every answer is read from a measured cell and links to it; a point no cell of an engine measured says
 * so and names the cell that would.
 */
final class EngineQuestions {
    private static final String KAFKA = "kafka";

    private EngineQuestions() {
    }

    /** Empty unless at least two engines ran one pipeline on Kafka. */
    static List<String> lines(List<CellResult> cells, String htmlFile) {
        Map<String, Map<String, List<CellResult>>> byPipeline = new TreeMap<>();
        cells.stream().filter(cell -> KAFKA.equals(cell.cell().broker()) && cell.status() != CellStatus.UNSUPPORTED
                        && cell.status() != CellStatus.INTERRUPTED && cell.resolved() != null)
                .forEach(cell -> byPipeline.computeIfAbsent(cell.cell().pipeline(), unused -> new TreeMap<>())
                        .computeIfAbsent(cell.cell().engine(), unused -> new ArrayList<>()).add(cell));
        List<String> lines = new ArrayList<>();
        byPipeline.forEach((pipeline, byEngine) -> {
            if (byEngine.size() < 2) {
                return;
            }
            if (lines.isEmpty()) {
                lines.add("## Which engine? The seeds' five points, measured");
                lines.add("");
                lines.add("\"Why use Flink over Kafka for processing data?\" The seeds answer: checkpointing, job "
                        + "recovery, late data, windowing and parallelism are easier. Here each point is answered for "
                        + "every engine that ran the same pipeline on Kafka, from its cells in this run only.");
                lines.add("");
            }
            lines.addAll(table(pipeline, byEngine, htmlFile));
        });
        return lines;
    }

    private static List<String> table(String pipeline, Map<String, List<CellResult>> byEngine, String htmlFile) {
        List<String> lines = new ArrayList<>();
        lines.add("### " + Markdown.text(pipeline));
        lines.add("");
        lines.add("| point | " + String.join(" | ", byEngine.keySet()) + " |");
        lines.add("|---|" + "---|".repeat(byEngine.size()));
        lines.add(row("checkpointing", byEngine, htmlFile, EngineQuestions::checkpointing));
        lines.add(row("recovery", byEngine, htmlFile, EngineQuestions::recovery));
        lines.add(row("late data", byEngine, htmlFile, EngineQuestions::lateData));
        lines.add(row("windowing", byEngine, htmlFile, EngineQuestions::windowing));
        lines.add(row("parallelism", byEngine, htmlFile, EngineQuestions::parallelism));
        lines.add("");
        return lines;
    }

    private static String row(String point, Map<String, List<CellResult>> byEngine, String htmlFile,
                              BiFunction<List<CellResult>, String, String> answer) {
        return "| " + point + " | " + byEngine.values().stream().map(cells -> answer.apply(cells, htmlFile))
                .collect(Collectors.joining(" | ")) + " |";
    }

    /** What the engine's checkpoints took (Flink), what a Spark commit took, what a crash read again. */
    static String checkpointing(List<CellResult> cells, String htmlFile) {
        List<String> answers = new ArrayList<>();
        streaming(cells).stream().filter(cell -> median(cell, EngineSample.CHECKPOINT_DURATION_MS).isPresent())
                .findFirst().ifPresent(cell -> answers.add("every " + Figures.seconds(interval(cell)) + ": median "
                        + Figures.millis(median(cell, EngineSample.CHECKPOINT_DURATION_MS).orElseThrow()) + " per "
                        + "checkpoint, " + median(cell, EngineSample.CHECKPOINT_SIZE_BYTES)
                        .map(bytes -> Figures.number(bytes / 1024) + " KiB of state").orElse("state size unknown")
                        + " (" + link(cell, htmlFile) + ")"));
        streaming(cells).stream().filter(cell -> median(cell, EngineSample.BATCH_DURATION_MS).isPresent())
                .findFirst().ifPresent(cell -> answers.add("offsets and state committed with each micro-batch: median "
                        + Figures.millis(median(cell, EngineSample.BATCH_DURATION_MS).orElseThrow()) + " per batch ("
                        + link(cell, htmlFile) + ")"));
        crashed(cells).filter(cell -> cell.recovery().replay() != null).findFirst().ifPresent(cell -> answers.add(
                "after " + Markdown.code(cell.recovery().fault()) + " it resumed from its "
                        + Markdown.text(cell.recovery().replay().resumedFrom()) + " and read "
                        + Figures.count(cell.recovery().replay().readAfterRestart()) + " events after the restart ("
                        + link(cell, htmlFile) + ")"));
        return answers.isEmpty() ? "not measured: no streaming cell reported its checkpoints or a restart"
                : String.join("; ", answers);
    }

    /** How long a crashed engine took to deliver again, and what it lost or duplicated. */
    static String recovery(List<CellResult> cells, String htmlFile) {
        return crashed(cells).findFirst().map(cell -> Markdown.code(cell.recovery().fault()) + ": results again after "
                        + RecoveryFacts.afterFault(cell.recovery().secondsToResults()) + ", latency under "
                        + Figures.millis(cell.recovery().sloMillis()) + " after "
                        + RecoveryFacts.afterFault(cell.recovery().secondsToLatencyUnderSlo()) + "; "
                        + RecoveryFacts.counts(cell.recovery()) + " (" + link(cell, htmlFile) + ")")
                .orElse("not measured: add a cell with " + Markdown.code("fault: kill-engine@20s"));
    }

    /** Whether out-of-order and late events ended in the oracle's results, and what the engine dropped as late. */
    static String lateData(List<CellResult> cells, String htmlFile) {
        List<CellResult> checked = streaming(cells).stream().filter(cell -> cell.correctness() != null
                && cell.cell().fault() == null).toList();
        if (checked.isEmpty()) {
            return "not measured: no streaming cell without a fault was checked against the oracle";
        }
        long exact = checked.stream().filter(cell -> cell.correctness().exact()).count();
        CellResult shown = checked.stream().filter(cell -> !cell.correctness().exact()).findFirst()
                .orElse(checked.get(0));
        CellResult.Correctness correctness = shown.correctness();
        Long late = shown.counters() == null ? null : shown.counters().get(JobHandle.LATE_EVENTS);
        return exact + " of " + checked.size() + " streaming cells exact with out-of-order events; "
                + (correctness.exact() ? "" : "WRONG: " + Figures.count(correctness.missing()) + " missing, "
                + Figures.count(correctness.wrong()) + " wrong of " + Figures.count(correctness.expected()) + ", ")
                + (late == null ? "late events not counted" : Figures.count(late) + " dropped as late (the oracle: "
                + Figures.count(correctness.lateDroppedByOracle()) + ")") + " (" + link(shown, htmlFile) + ")";
    }

    /** When windowed results became visible, per emission point: the engine-added p99 after they could. */
    static String windowing(List<CellResult> cells, String htmlFile) {
        List<String> answers = streaming(cells).stream().filter(CellFacts::hasLatency)
                .filter(cell -> cell.cell().fault() == null)
                .map(cell -> Markdown.text(cell.latency().emission()) + " results: engine-added p99 "
                        + CellFacts.engineAddedP99(cell) + " (" + link(cell, htmlFile) + ")")
                .toList();
        return answers.isEmpty() ? "not measured: no streaming cell measured its latency" : String.join("; ", answers);
    }

    /** At the parallelism it ran with, whether it kept up and what its own metrics said of its load. */
    static String parallelism(List<CellResult> cells, String htmlFile) {
        List<String> answers = streaming(cells).stream().filter(cell -> cell.cell().fault() == null
                        && cell.throughput() != null)
                .map(cell -> "at parallelism " + cell.resolved().parallelism() + " "
                        + (cell.status() == CellStatus.NOT_SUSTAINED ? "fell behind " : "kept up with ")
                        + Figures.rate(cell.throughput().offeredRate())
                        + Figure.CPU_PER_MILLION.of(cell).map(cost -> " at " + Figures.cpuPerMillion(cost)).orElse("")
                        + (cell.engineLoad() == null ? "" : ", " + Markdown.text(EngineLoadFacts.describe(cell.engineLoad())))
                        + " (" + link(cell, htmlFile) + ")")
                .toList();
        return answers.isEmpty() ? "not measured: no streaming cell ran at a fixed rate" : String.join("; ", answers);
    }

    private static List<CellResult> streaming(List<CellResult> cells) {
        return cells.stream().filter(cell -> !CellFacts.isBounded(cell)).toList();
    }

    private static Stream<CellResult> crashed(List<CellResult> cells) {
        return cells.stream().filter(cell -> cell.recovery() != null && !RecoveryFacts.restartedWithoutCheckpoint(cell));
    }

    private static double interval(CellResult cell) {
        return cell.resolved().checkpointInterval().toMillis() / 1000.0;
    }

    private static Optional<Double> median(CellResult cell, String figure) {
        if (cell.engineLoad() == null) {
            return Optional.empty();
        }
        List<Double> values = cell.engineLoad().samples().stream().map(sample -> sample.figures().get(figure))
                .filter(Objects::nonNull).sorted().toList();
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() / 2));
    }

    /** The cell by its mode and qualifiers: the column already names the engine, the table the pipeline. */
    private static String link(CellResult cell, String htmlFile) {
        return "[" + Markdown.text(cell.cell().mode() + CellFacts.qualifiers(cell)) + "](" + htmlFile + "#"
                + Anchors.cell(cell) + ")";
    }
}
