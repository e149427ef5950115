package io.streambench.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.streambench.bench.facts.Anchors;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OverTimeChartsTest {
    private static final CellResult FELL_BEHIND = Fixture.fellBehind();

    @Test
    void cellsWithoutSamplesHaveNoOverTimeChartsAndTheSectionSaysWhy() {
        assertThat(OverTimeCharts.of(Fixture.results().cells())).isEmpty();
        assertThat(HtmlReport.render(Fixture.results(), "decision.md"))
                .contains("No streaming cell sampled its backlog or latency through the run.");
    }

    @Test
    void backlogIsPlottedInSecondsOfInputAndLatencyInMillisPerSecondOfTheRun() {
        List<Chart> charts = OverTimeCharts.of(List.of(FELL_BEHIND));

        assertThat(charts).extracting(Chart::id)
                .containsExactly(OverTimeCharts.BACKLOG_ID, OverTimeCharts.LATENCY_ID);
        JsonNode backlog = charts.get(0).option().get("series").get(0);
        assertThat(backlog.get("name").asText()).isEqualTo("flink / kafka / continuous @ 2,000/s (not sustained)");
        assertThat(backlog.get("data")).hasSize(30);
        assertThat(point(backlog, 29)).containsExactly(30.0, 10.0);
        assertThat(point(backlog, 5)).containsExactly(6.0, 0.0);
        JsonNode latency = charts.get(1).option().get("series").get(0);
        assertThat(point(latency, 29)).containsExactly(30.0, 10_100.0);
    }

    @Test
    void aCellThatFellBehindIsNamedSoOnThePage() {
        ResultsFile results = Fixture.results();
        List<CellResult> cells = new ArrayList<>(results.cells());
        cells.set(0, FELL_BEHIND);

        HtmlReport.Page page = HtmlReport.page(Fixture.withCells(results, cells), "decision.md");

        assertThat(page.chartSections()).filteredOn(section -> section.anchor().equals("over-time")).singleElement()
                .satisfies(section -> assertThat(section.charts()).hasSize(2));
        assertThat(page.statusCounts()).contains(new HtmlReport.StatusCount(CellStatus.NOT_SUSTAINED.wireName(), 1));
        assertThat(page.capability().rows().get(0).places().get(2).entries())
                .filteredOn(entry -> entry.anchor().equals(Anchors.cell(FELL_BEHIND))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.status()).isEqualTo(CellStatus.NOT_SUSTAINED.wireName());
                    assertThat(entry.title()).startsWith("correct, but not sustained: fell behind 2,000 ev/s");
                });
        CellTables.CellRow row = page.cells().get(0);
        assertThat(row.reason()).startsWith("fell behind 2,000 ev/s");
        assertThat(row.sections()).anySatisfy(section -> assertThat(section.text())
                .startsWith("fell behind 2,000 ev/s: backlog grew by 20,000 messages"));
    }

    private static List<Double> point(JsonNode series, int index) {
        JsonNode point = series.get("data").get(index);
        return List.of(point.get(0).asDouble(), point.get(1).asDouble());
    }
}
