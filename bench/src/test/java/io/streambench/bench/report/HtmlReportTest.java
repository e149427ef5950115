package io.streambench.bench.report;

import io.streambench.bench.decision.DecisionsAtAGlance;
import io.streambench.bench.facts.Anchors;
import io.streambench.bench.matrix.SloProfile;

import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.matrix.SloProfile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)></script><script>alert(2)</script>&amp;";

    @Test
    void thePageNeedsNoNetwork() {
        String html = HtmlReport.render(Fixture.results(), "decision.md");

        assertLacksPattern(html, "<script[^>]*\\ssrc=");
        assertLacksPattern(html, "<link[^>]*href=\"(https?:)?//");
        assertLacksPattern(html, "url\\((https?:)?//");
        assertLacks(html, "@import");
        assertHas(html, "ECharts 5.5.0, Apache License 2.0");
        assertHas(html, "echarts.init(");
        assertThat(html.length()).as("ECharts inlined").isGreaterThan(1_000_000);
    }

    @Test
    void theDecisionsOfEveryProfileAreAtTheTopOneLineEach() {
        ResultsFile results = Fixture.results();
        HtmlReport.Page page = HtmlReport.page(results, "decision.md");
        String html = HtmlReport.render(results, "decision.md");

        assertThat(page.glance().lines()).extracting(DecisionsAtAGlance.Line::profile)
                .containsExactlyElementsOf(results.matrix().profiles().stream().map(SloProfile::name).toList());
        assertThat(html.indexOf("Decisions at a glance")).as("above the capability matrix").isPositive()
                .isLessThan(html.indexOf("<h2>Capability matrix</h2>"));
        assertThat(page.glance().lines()).allSatisfy(line -> assertThat(line.why()).isNotBlank());
    }

    @Test
    void everyCellSaysWhatItsPipelineDoesWithItsWatermarkAndAllowedLateness() {
        String html = HtmlReport.render(Fixture.results(), "decision.md");

        assertThat(html).contains("clicks-per-page-500ms: click -&gt; count per page, tumbling 500ms, lateness 2s "
                + "[watermark 5s]");
    }

    @Test
    void everyChartIsOnThePageWithItsOptions() {
        HtmlReport.Page page = HtmlReport.page(Fixture.results(), "decision.md");

        List<String> ids = page.chartSections().stream().flatMap(section -> section.charts().stream()).map(Chart::id).toList();
        assertThat(ids).containsExactly("chart-latency-percentiles", "chart-latency-decomposition",
                "chart-latency-vs-rate", "chart-continuum-clicks-per-page-500ms", "chart-continuum-enriched-clicks",
                "chart-drain");
        assertThat(page.chartCount()).isEqualTo(ids.size());
        String html = HtmlReport.render(Fixture.results(), "decision.md");
        ids.forEach(id -> {
            assertHas(html, "<div class=\"chart\" id=\"" + id + "\" style=\"height: ");
            assertHas(html, "{\"id\":\"" + id + "\",\"option\":");
        });
        assertHas(html, "data-charts-expected=\"6\"");
    }

    @Test
    void everyCellHasARowToLinkTo() {
        ResultsFile results = Fixture.results();
        String html = HtmlReport.render(results, "decision.md");
        for (CellResult cell : results.cells()) {
            assertHas(html, "<tr id=\"" + Anchors.cell(cell) + "\"");
        }
    }

    @Test
    void theCapabilityMatrixHasARowPerEngineAndBrokerAndAColumnPerModeAlongTheContinuum() {
        CapabilityMatrix.Table table = CapabilityMatrix.of(Fixture.results().cells());

        assertThat(table.modes()).containsExactly("batch", "microbatch:2s", "continuous");
        assertThat(table.rows()).extracting(row -> row.engine() + "/" + row.broker())
                .containsExactly("flink/kafka", "flink/rabbitmq-quorum", "flink/rabbitmq-stream");
        CapabilityMatrix.Row quorum = table.rows().get(1);
        assertThat(quorum.places().get(0).entries()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo("unsupported");
            assertThat(entry.title()).contains("RMQSource is unbounded");
        });
        assertThat(quorum.places().get(1).empty()).as("no micro-batch cell on quorum queues").isTrue();
    }

    @Test
    void valuesFromTheResultsAreEscaped() {
        ResultsFile results = Fixture.results();
        MatrixFile matrix = results.matrix();
        CellResult unsupported = results.cells().stream().filter(cell -> cell.status() == CellStatus.UNSUPPORTED)
                .findFirst().orElseThrow();
        CellResult hostileCell = CellResult.unsupported(unsupported.id(), unsupported.cell(), HOSTILE);
        ResultsFile hostile = Fixture.withMatrix(Fixture.withCells(results, List.of(hostileCell,
                        results.cells().get(0))),
                new MatrixFile(HOSTILE, HOSTILE, matrix.defaults(), null, matrix.cells(), List.of(new SloProfile(HOSTILE,
                        results.cells().get(0).cell().pipeline(), HOSTILE, new SloProfile.Slo(20_000L, null, null, null), null))));

        String html = HtmlReport.render(hostile, "decision.md");

        assertLacks(html, "<img src=x");
        assertLacks(html, "<script>alert");
        assertHas(html, "<title>streambench: &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;&lt;/script&gt;&lt;script&gt;"
                + "alert(2)&lt;/script&gt;&amp;amp;</title>");
        Matcher options = Pattern.compile("<script type=\"application/json\" id=\"chart-options\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(options.find()).isTrue();
        assertThat(options.group(1)).contains("\\u003cimg src=x").doesNotContain("<").doesNotContain(">");
    }

    @Test
    void partialResultsGiveTheChartsTheyCanAndSayWhyTheOthersAreMissing() {
        HtmlReport.Page batchOnly = HtmlReport.page(Fixture.keeping(cell -> cell.batch() != null
                || cell.status() == CellStatus.UNSUPPORTED), "decision.md");
        assertThat(batchOnly.chartSections()).extracting(section -> section.charts().size())
                .containsExactly(0, 0, 0, 1, 1, 0);
        assertThat(batchOnly.chartSections().get(0).whenEmpty()).startsWith("No cell measured a latency");

        HtmlReport.Page nothingRan = HtmlReport.page(Fixture.keeping(cell -> cell.status() == CellStatus.UNSUPPORTED),
                "decision.md");
        assertThat(nothingRan.chartCount()).isZero();
        String html = HtmlReport.render(Fixture.keeping(cell -> cell.status() == CellStatus.UNSUPPORTED),
                "decision.md");
        assertHas(html, "data-charts-expected=\"0\"");
        assertHas(html, "No bounded (batch or available-now) cell drained");
    }

    @Test
    void correctnessIsShownPerCell() {
        List<CellTables.CorrectnessRow> rows = CellTables.correctness(Fixture.results().cells());
        assertThat(rows).hasSize(Fixture.results().cells().size());
        assertThat(rows.get(0)).extracting(CellTables.CorrectnessRow::status, CellTables.CorrectnessRow::expected,
                CellTables.CorrectnessRow::matched, CellTables.CorrectnessRow::missing)
                .containsExactly("ok", "9,807", "9,807", "0");
    }

    @Test
    void aRepeatedCellShowsEachFiguresMedianWithTheRangeOfItsRuns() {
        CellResult repeated = Fixture.cell(cell -> cell.repeats().size() > 1);

        Map<String, String> sections = CellTables.details(List.of(repeated)).get(0).sections().stream()
                .collect(Collectors.toMap(CellTables.Section::name, CellTables.Section::text));

        assertThat(sections.get("cost")).as("CPU's median, not the median p99 run's 431.2")
                .contains("414.1 CPU-s per million events");
        assertThat(sections.get("latency")).contains("engine-added p50 54.0 ms");
        assertThat(sections.get("repeats")).startsWith("3 runs; each figure is the median of the runs that measured it")
                .contains("engine-added p99, ms: 80.0 (71.0–85.0, spread 18%, 3 runs)")
                .contains("CPU-s per million events: 414 (379–431, spread 13%, 3 runs)");
        assertThat(CellTables.details(List.of(Fixture.cell(cell -> cell.repeats().isEmpty()))).get(0).sections())
                .extracting(CellTables.Section::name).doesNotContain("repeats");
        assertThat(LatencyPercentilesChart.of(List.of(repeated)).orElseThrow().caption())
                .contains("A cell run more than once shows the percentiles of its run with the median p99");
        assertThat(LatencyPercentilesChart.of(Fixture.keeping(cell -> cell.repeats().isEmpty()).cells()).orElseThrow()
                .caption()).doesNotContain("run more than once");
    }

    /** Checks on the page that fail with the text looked for, not with the whole page (ECharts included). */
    private static void assertHas(String html, String text) {
        assertThat(html.contains(text)).as("the page contains: " + text).isTrue();
    }

    private static void assertLacks(String html, String text) {
        assertThat(html.contains(text)).as("the page does not contain: " + text).isFalse();
    }

    private static void assertLacksPattern(String html, String regex) {
        assertThat(Pattern.compile(regex).matcher(html).find()).as("the page does not match: " + regex).isFalse();
    }
}
