package io.streambench.bench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.streambench.api.json.Json;
import io.streambench.bench.decision.DecisionsAtAGlance;
import io.streambench.bench.facts.Anchors;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Machine;
import io.streambench.bench.results.ResultsFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code report.html}: one self-contained page rendered from the results file only, with ECharts inlined. Every
 * value from the results is escaped by the template, or, in the chart options, written as JSON whose {@code <},
 * {@code >} and {@code &} are escaped so that nothing in it can close the script element.
 */
public final class HtmlReport {
    private static final String TEMPLATE = "report.html.mustache";

    private HtmlReport() {
    }

    public record Page(String name, String description, String startedAt, String finishedAt, int cellCount,
                       List<StatusCount> statusCounts, String decisionFile, Glance glance,
                       CapabilityMatrix.Table capability,
                       List<CellTables.CorrectnessRow> correctness, List<ChartSection> chartSections,
                       RecoverySection recovery, List<CellTables.CellRow> cells, List<KeyValue> machine, List<KeyValue> versions,
                       int chartCount, String chartOptionsJson, String echartsVersion, String echartsScript) {
    }

    public record StatusCount(String status, long count) {
    }

    /** The decisions at a glance, or null on a page whose matrix has no profiles. */
    public record Glance(List<DecisionsAtAGlance.Line> lines) {
    }

    public record ChartSection(String anchor, String title, List<Chart> charts, String whenEmpty) {
    }

    /** The recovery table and chart, or null on a page where no cell was measured under a fault. */
    public record RecoverySection(String anchor, List<RecoveryTable.Row> rows, Chart chart) {
    }

    public record KeyValue(String key, String value) {
    }

    public static String render(ResultsFile results, String decisionFile) {
        return template().execute(page(results, decisionFile));
    }

    static Page page(ResultsFile results, String decisionFile) {
        List<CellResult> cells = results.cells();
        List<ChartSection> sections = chartSections(results);
        Optional<Chart> recoveryChart = RecoveryChart.of(cells);
        RecoverySection recovery = recoveryChart
                .map(chart -> new RecoverySection(Anchors.RECOVERY, RecoveryTable.rows(cells), chart)).orElse(null);
        List<Chart> charts = Stream.concat(sections.stream().flatMap(section -> section.charts().stream()),
                recoveryChart.stream()).toList();
        EChartsScript echarts = EChartsScript.fromWebjar();
        return new Page(results.matrix().name(), orEmpty(results.matrix().description()), results.startedAt(),
                results.finishedAt(), cells.size(), statusCounts(cells), decisionFile,
                glance(results), CapabilityMatrix.of(cells),
                CellTables.correctness(cells), sections, recovery, CellTables.details(cells), machine(results.machine()),
                versions(results.versions()), charts.size(), chartOptionsJson(charts), echarts.version(),
                echarts.source());
    }

    private static Glance glance(ResultsFile results) {
        List<DecisionsAtAGlance.Line> lines = DecisionsAtAGlance.of(results.matrix().profiles(), results.cells());
        return lines.isEmpty() ? null : new Glance(lines);
    }

    private static List<ChartSection> chartSections(ResultsFile results) {
        List<CellResult> cells = results.cells();
        return List.of(
                new ChartSection("latency", "Latency", Stream.concat(LatencyPercentilesChart.of(cells).stream(),
                        LatencyDecompositionChart.of(cells).stream()).toList(),
                        "No cell measured a latency: batch runs deliver all results at their end (see the continuum "
                                + "and every cell's freshness)."),
                new ChartSection("over-time", "Backlog and latency over time", OverTimeCharts.of(cells),
                        "No streaming cell sampled its backlog or latency through the run."),
                new ChartSection("latency-vs-rate", "Latency against offered rate", LatencyVsRateChart.of(cells).stream().toList(),
                        "No cell measured a latency at two or more offered rates (a throughput search, or a matrix "
                                + "with a rate axis, gives this chart its lines)."),
                new ChartSection("continuum", "Batch to streaming: freshness against cost",
                        ContinuumChart.of(cells, results.matrix().profiles()),
                        "No cell measured both a freshness or latency and a cost."),
                new ChartSection("drain", "Drain throughput", DrainThroughputChart.of(cells).stream().toList(),
                        "No bounded (batch or available-now) cell drained a backlog in this run."),
                new ChartSection("scaling", "Scaling", ScalingChart.of(cells).stream().toList(),
                        "No pipeline ran a throughput search at two or more parallelisms on a cluster of one shape "
                                + "(bench/matrices/scaling.yaml does)."));
    }

    private static List<StatusCount> statusCounts(List<CellResult> cells) {
        Map<String, Long> counts = new TreeMap<>();
        cells.forEach(cell -> counts.merge(cell.status().wireName(), 1L, Long::sum));
        return counts.entrySet().stream().map(entry -> new StatusCount(entry.getKey(), entry.getValue())).toList();
    }

    private static List<KeyValue> machine(Machine machine) {
        if (machine == null) {
            return List.of(new KeyValue("machine", "not recorded"));
        }
        return List.of(new KeyValue("host", machine.host()), new KeyValue("cores", String.valueOf(machine.cores())),
                new KeyValue("cpu", machine.cpu()),
                new KeyValue("memory", String.format(Locale.ROOT, "%,d MB", machine.memoryMb())),
                new KeyValue("os", machine.os()), new KeyValue("jvm", machine.jvm()));
    }

    private static List<KeyValue> versions(Map<String, String> versions) {
        return new TreeMap<>(versions).entrySet().stream().map(entry -> new KeyValue(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** The charts' options as JSON that can sit inside a script element. */
    static String chartOptionsJson(List<Chart> charts) {
        ArrayNode specs = ChartOptions.array();
        charts.forEach(chart -> specs.addObject().put("id", chart.id()).set("option", chart.option()));
        try {
            return Json.json().writeValueAsString(specs)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the chart options", e);
        }
    }

    private static Template template() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(TEMPLATE);
             Reader reader = new InputStreamReader(java.util.Objects.requireNonNull(in, TEMPLATE + " is missing"),
                     StandardCharsets.UTF_8)) {
            return Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orEmpty(String text) {
        return Optional.ofNullable(text).orElse("");
    }
}
