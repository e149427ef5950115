package io.streambench.bench.report;

import io.streambench.api.json.DurationText;
import io.streambench.bench.decision.BatchSchedule;
import io.streambench.bench.facts.Anchors;
import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.facts.EngineLoadFacts;
import io.streambench.bench.facts.FigureText;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.facts.RecoveryFacts;
import io.streambench.bench.facts.TableCommitFacts;
import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.matrix.PipelineReference;
import io.streambench.bench.matrix.PipelineText;
import io.streambench.bench.matrix.ResolvedCell;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The page's tables of cells: correctness in plain colours, and every figure of every cell. */
public final class CellTables {
    private static final int DIFFERENCES_SHOWN = 3;

    private CellTables() {
    }

    public record CorrectnessRow(String anchor, String label, String pipeline, String status, String expected,
                                 String matched, String missing, String extra, String wrong, String duplicated,
                                 String lateDropped, String note) {
    }

    /** Every figure of a cell, as lines of text per section; empty sections are left out. */
    public record CellRow(String anchor, String id, String label, String pipeline, String status, String reason,
                          List<Section> sections) {
    }

    public record Section(String name, String text) {
    }

    static List<CorrectnessRow> correctness(List<CellResult> cells) {
        return cells.stream().map(CellTables::correctnessRow).toList();
    }

    private static CorrectnessRow correctnessRow(CellResult cell) {
        CellResult.Correctness c = cell.correctness();
        if (c == null) {
            return new CorrectnessRow(Anchors.cell(cell), CellFacts.label(cell), cell.cell().pipeline(),
                    cell.status().wireName(), "-", "-", "-", "-", "-", "-", "-", CellFacts.firstLine(cell.reason()));
        }
        String note = c.differences().stream().limit(DIFFERENCES_SHOWN).collect(Collectors.joining("; "));
        return new CorrectnessRow(Anchors.cell(cell), CellFacts.label(cell), cell.cell().pipeline(),
                cell.status().wireName(), Figures.count(c.expected()), Figures.count(c.matched()),
                Figures.count(c.missing()),
                Figures.count(c.extra()), Figures.count(c.wrong()), Figures.count(c.duplicated()),
                Figures.count(c.lateDroppedByOracle()), note);
    }

    static List<CellRow> details(List<CellResult> cells) {
        return cells.stream().map(cell -> new CellRow(Anchors.cell(cell), cell.id(), CellFacts.label(cell),
                cell.cell().pipeline(), cell.status().wireName(), cell.reason() == null ? "" : cell.reason(),
                sections(cell))).toList();
    }

    private static List<Section> sections(CellResult cell) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("settings", settings(cell.cell(), cell.resolved())));
        sections.add(new Section("pipeline", pipeline(cell.cell())));
        if (cell.latency() != null) {
            sections.add(new Section("latency", latency(cell)));
        }
        if (cell.conditions() != null) {
            sections.add(new Section("conditions", conditions(cell.conditions())));
        }
        if (cell.throughput() != null) {
            sections.add(new Section("throughput", throughput(cell)));
        }
        if (cell.engineLoad() != null && cell.engineLoad().summary() != null) {
            sections.add(new Section("engine load", EngineLoadFacts.describe(cell.engineLoad())));
        }
        if (cell.sustain() != null) {
            sections.add(new Section("kept up?", cell.sustain().why() + " (backlog and latency over time: "
                    + "see the chart)"));
        }
        if (cell.cost() != null) {
            sections.add(new Section("cost", cost(cell)));
        }
        if (cell.startup() != null) {
            sections.add(new Section("start-up", startup(cell)));
        }
        Figure.BATCH_RUNTIME.of(cell).ifPresent(runtime -> sections.add(new Section("batch", "runtime "
                + Figures.seconds(runtime) + "; freshness " + BatchSchedule.of(cell).stream()
                .map(schedule -> "every " + schedule.name() + ": " + Figures.seconds(schedule.freshnessSeconds()))
                .collect(Collectors.joining(", ")))));
        if (cell.recovery() != null) {
            sections.add(new Section("recovery", "fault " + cell.recovery().fault() + ": "
                    + RecoveryFacts.counts(cell.recovery()) + "; " + RecoveryFacts.timings(cell.recovery())));
        }
        if (cell.repeats().size() > 1) {
            sections.add(new Section("repeats", repeats(cell)));
        }
        if (cell.sinkLocation() != null) {
            sections.add(new Section("sink", cell.sinkLocation()));
        }
        if (!cell.tableCommits().isEmpty()) {
            sections.add(new Section("table commits", TableCommitFacts.describe(cell.tableCommits())));
        }
        return sections;
    }

    /** What the pipeline does, its watermark bound and allowed lateness among it: they bound every latency. */
    private static String pipeline(CellSettings cell) {
        String name = PipelineReference.nameOf(cell.pipeline());
        try {
            return name + ": " + PipelineText.describe(PipelineReference.resolve(cell.pipeline()));
        } catch (RuntimeException unreadable) {
            return name + " (its definition cannot be read here: " + unreadable.getMessage() + ")";
        }
    }

    private static String settings(CellSettings cell, ResolvedCell resolved) {
        List<String> parts = new ArrayList<>();
        parts.add(cell.engine() + " / " + cell.broker() + " / " + cell.mode());
        if (cell.rate() != null) {
            parts.add("offered " + Figures.rate(cell.rate()));
        }
        if (cell.duration() != null) {
            parts.add("for " + DurationText.format(cell.duration()));
        }
        if (cell.events() != null) {
            parts.add(String.format(Locale.ROOT, "%,d events", cell.events()));
        }
        if (cell.warmup() != null) {
            parts.add("warm-up " + DurationText.format(cell.warmup()));
        }
        parts.add(resolved.guarantee().wireName() + (cell.guarantee() == null ? " (default)" : ""));
        if (cell.parallelism() != null) {
            parts.add("parallelism " + cell.parallelism());
        }
        if (cell.sink() != null) {
            parts.add("sink " + cell.sink());
        }
        if (Boolean.TRUE.equals(cell.throughputSearch())) {
            parts.add("throughput search" + (cell.sloP99Millis() == null ? "" : " under p99 " + Figures.millis(cell.sloP99Millis())));
        }
        if (cell.fault() != null) {
            parts.add("fault " + cell.fault());
        }
        return String.join(", ", parts);
    }

    private static String latency(CellResult cell) {
        CellResult.Latency latency = cell.latency();
        if (!latency.measured()) {
            return "no emission measured (none allowed by the load itself after the warm-up)";
        }
        var added = latency.engineAdded();
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "emitting %s; engine-added p50 %s, p95 %s, p99 %s, p99.9 %s, min %s, "
                        + "max %s over %,d emissions from %,d window firings%s", latency.emission(),
                Figures.millis(median(cell, Figure.P50_LATENCY)), Figures.millis(added.p95()),
                Figures.millis(median(cell, Figure.P99_LATENCY)),
                Figures.millis(added.p999()), Figures.millis(added.min()), Figures.millis(added.max()), added.count(),
                latency.firings(), latency.enoughFirings() ? "" : " (too few for a p99)"));
        if (added.negative() > 0) {
            parts.add(String.format(Locale.ROOT, "%,d emissions visible before they were possible", added.negative()));
        }
        parts.add("first result p99 " + Figures.millis(latency.firstResult().p99()) + ", final result p99 "
                + Figures.millis(latency.finalResult().p99()));
        parts.add("processing p50 " + Figures.millis(latency.processing().p50()) + ", p99 "
                + Figures.millis(median(cell, Figure.PROCESSING_P99))
                + Figure.EVENT_TIME_P99.of(cell).map(p99 -> "; event time p99 " + Figures.millis(p99)).orElse(""));
        CellResult.Decomposition d = latency.decomposition();
        parts.add(String.format(Locale.ROOT, "mean processing %s = window wait %s + watermark bound %s + lateness %s "
                        + "+ engine %s", Figures.millis(d.totalMillis()), Figures.millis(d.windowWaitMillis()),
                Figures.millis(d.watermarkBoundMillis()), Figures.millis(d.latenessMillis()),
                Figures.millis(d.engineMillis())));
        parts.add(String.format(Locale.ROOT, "excluded: %,d in the warm-up, %,d allowed only by the end-of-input "
                + "markers", latency.excludedWarmup(), latency.excludedFlushed()));
        return String.join("; ", parts);
    }

    private static String conditions(CellResult.Conditions conditions) {
        List<String> parts = new ArrayList<>();
        parts.add("emission " + conditions.emission());
        CellResult.Harness harness = conditions.harness();
        if (harness != null && harness.arrivalDelay().count() > 0) {
            parts.add(String.format(Locale.ROOT, "load to broker (%s) p50 %s, p99 %s, max %s: %s the %s budget",
                    harness.measuredBy(), Figures.millis(harness.arrivalDelay().p50()),
                    Figures.millis(harness.arrivalDelay().p99()), Figures.millis(harness.arrivalDelay().max()),
                    harness.withinBudget() ? "within" : "BEYOND", Figures.millis(harness.budgetP99Millis())));
        }
        conditions.clocks().forEach(clock -> parts.add(String.format(Locale.ROOT, "%s clock %+.1f ms ± %.1f ms",
                clock.clock(), clock.offsetMillis(), clock.roundTripMillis() / 2)));
        conditions.warnings().forEach(warning -> parts.add("warning: " + warning));
        return String.join("; ", parts);
    }

    private static String throughput(CellResult cell) {
        CellResult.Throughput t = cell.throughput();
        List<String> parts = new ArrayList<>();
        parts.add("offered " + Figures.rate(t.offeredRate()) + ", loaded " + Figures.rate(t.loadRate()));
        if (t.loaderBehindMillis() > 0) {
            parts.add("loader behind schedule by up to " + Figures.millis(t.loaderBehindMillis()));
        }
        Figure.ENGINE_READ_RATE.of(cell).ifPresent(rate -> parts.add("engine read " + Figures.rate(rate)
                + ", backlog at end of load " + String.format(Locale.ROOT, "%,d", t.backlogAtEndOfLoad())));
        Figure.DRAIN_RATE.of(cell).ifPresent(rate -> parts.add("drained " + Figures.rate(rate)
                + " from the engine's first read to its last result"));
        Figure.RAW_CONSUMER_RATE.of(cell).ifPresent(rate -> parts.add("raw consumer " + Figures.rate(rate)
                + " with the engine's " + t.rawConsumerClient() + Figure.DRAIN_RATE.of(cell)
                .map(drain -> String.format(Locale.ROOT, " (drain at %.2f of it)", drain / rate)).orElse("")));
        if (Figures.measured(t.newestClientRate())) {
            parts.add("with the newest client (" + t.newestClient() + ") " + Figures.rate(t.newestClientRate()));
        }
        Figure.SUSTAINABLE_RATE.of(cell).ifPresent(rate -> parts.add("sustainable " + Figures.rate(rate) + " ("
                + t.probes().size() + " probes: " + t.probes().stream().map(probe -> Figures.number(probe.offeredRate())
                + (probe.sustained() ? " ok" : " not: " + probe.why())).collect(Collectors.joining("; ")) + ")"));
        return String.join("; ", parts);
    }

    private static String cost(CellResult cell) {
        CellResult.Cost cost = cell.cost();
        List<String> parts = new ArrayList<>();
        Figure.STEADY_CPU_PER_MILLION.of(cell).ifPresentOrElse(steady -> parts.add("steady "
                        + Figures.cpuPerMillion(steady) + " (engine "
                        + Figures.number(cost.steadyEngineCpuSecondsPerMillionEvents()) + " + broker "
                        + Figures.number(cost.steadyBrokerCpuSecondsPerMillionEvents()) + ")"),
                () -> {
                    if (Figures.measured(cost.steadyEngineCpuSecondsPerMillionEvents())) {
                        parts.add("steady engine " + Figures.cpuPerMillion(cost.steadyEngineCpuSecondsPerMillionEvents())
                                + " (broker not measured)");
                    }
                });
        // Without a steady stretch the whole run's figure is the one cells are ranked by, and its median is shown.
        double wholeRun = Figures.measured(cost.steadyCpuSecondsPerMillionEvents()) ? cost.cpuSecondsPerMillionEvents()
                : median(cell, Figure.CPU_PER_MILLION);
        if (Figures.measured(cost.engineIdleCores()) && Figures.measured(cost.brokerIdleCores())) {
            parts.add(String.format(Locale.ROOT, "idle: engine %.2f + broker %.2f cores; each further event %s",
                    cost.engineIdleCores(), cost.brokerIdleCores(),
                    Figures.cpuPerMillion(cost.marginalCpuSecondsPerMillionEvents())));
        }
        parts.add("engine " + Figures.number(median(cell, Figure.ENGINE_CPU)) + " CPU-s over the run ("
                + Figures.cpuPerMillion(wholeRun) + " with start-up and idle)");
        Figure.BROKER_CPU.of(cell).ifPresent(broker -> parts.add("broker " + Figures.number(broker) + " CPU-s"));
        if (Figures.measured(cost.startupCpuSeconds())) {
            parts.add("start-up " + Figures.number(cost.startupCpuSeconds()) + " CPU-s");
        }
        if (Figures.measured(cost.engineCompilerCpuSeconds())) {
            parts.add("JIT compilation " + Figures.number(cost.engineCompilerCpuSeconds())
                    + " CPU-s of the engine's (left out of the steady cost)");
        }
        parts.add("peak RSS " + Figures.megabytes(median(cell, Figure.PEAK_RSS)));
        return String.join("; ", parts);
    }

    private static String startup(CellResult cell) {
        List<String> parts = new ArrayList<>();
        Figure.STARTUP_SECONDS.of(cell).ifPresent(seconds -> parts.add("ready " + Figures.seconds(seconds)));
        Figure.STARTUP.of(cell).ifPresent(seconds -> parts.add("first result " + Figures.seconds(seconds)));
        return String.join(", ", parts) + " after the engine process started";
    }

    /** The figure the cell reports; NaN, written as "-", when it was not measured. */
    private static double median(CellResult cell, Figure figure) {
        return figure.of(cell).orElse(Double.NaN);
    }

    private static String repeats(CellResult cell) {
        if (cell.spread().isEmpty()) {
            return cell.repeats().size() + " runs, not all ok: the first that was not is shown";
        }
        return cell.repeats().size() + " runs; each figure is the median of the runs that measured it, the rest comes "
                + "from the run with the median engine-added p99 (or batch runtime): "
                + String.join("; ", FigureText.everyFigure(cell));
    }
}
