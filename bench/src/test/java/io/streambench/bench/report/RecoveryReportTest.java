package io.streambench.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's recovery section, from the hand-written results of cells under faults. */
class RecoveryReportTest {
    private static final ResultsFile RECOVERY = Fixture.recoveryResults();

    @Test
    void theSectionIsOnThePageOnlyWhenSomeCellRanUnderAFault() {
        HtmlReport.Page withoutFaults = HtmlReport.page(Fixture.results(), "decision.md");
        assertThat(withoutFaults.recovery()).isNull();
        String html = HtmlReport.render(Fixture.results(), "decision.md");
        assertThat(html.contains("<section id=\"recovery\">")).isFalse();
        assertThat(html.contains("<a href=\"#recovery\">")).isFalse();

        String withFaults = HtmlReport.render(RECOVERY, "decision.md");
        assertThat(withFaults.contains("<a href=\"#recovery\">Recovery</a>")).isTrue();
        assertThat(withFaults.contains("<section id=\"recovery\">\n    <h2>Recovery</h2>")).isTrue();
    }

    @Test
    void everyCellUnderAFaultHasARowWithItsFigures() {
        List<RecoveryTable.Row> rows = HtmlReport.page(RECOVERY, "decision.md").recovery().rows();

        assertThat(rows).extracting(RecoveryTable.Row::fault).containsExactly("kill-engine@25s",
                "planned-restart@25s", "kill-engine:latest@25s", "kill-engine@25s");
        RecoveryTable.Row keptInPostgres = rows.get(0);
        assertThat(keptInPostgres).extracting(RecoveryTable.Row::anchor, RecoveryTable.Row::option,
                        RecoveryTable.Row::sink, RecoveryTable.Row::guarantee, RecoveryTable.Row::resumedFrom,
                        RecoveryTable.Row::recoveryAction, RecoveryTable.Row::toResults,
                        RecoveryTable.Row::toLatencyUnderSlo, RecoveryTable.Row::slo, RecoveryTable.Row::rewrites,
                        RecoveryTable.Row::readBeforeFault, RecoveryTable.Row::readAfterRestart,
                        RecoveryTable.Row::promisedRead)
                .containsExactly("recovery-cell-01-flink-kafka-clicks-per-page-tumbling-continuous-postgres-kill-engine-25s",
                        "flink / kafka / continuous", "postgres", "exactly-once", "checkpoint", "3.4 s", "19.6 s",
                        "31.2 s", "10,000 ms", "412", "50,000", "80,000", "80,000");
        assertThat(keptInPostgres.lost()).isEqualTo(new RecoveryTable.Count("0", RecoveryTable.GOOD, ""));
        assertThat(keptInPostgres.duplicated()).isEqualTo(new RecoveryTable.Count("0", RecoveryTable.GOOD, ""));

        RecoveryTable.Row lostAfterLatest = rows.get(2);
        assertThat(lostAfterLatest.lost()).as("a loss the restart without checkpoint chose")
                .isEqualTo(new RecoveryTable.Count("380", RecoveryTable.EXPECTED, RecoveryTable.LOSS_CHOSEN));
        assertThat(lostAfterLatest.toLatencyUnderSlo()).isEqualTo("never");
        assertThat(lostAfterLatest.promisedRead()).as("the broker could not say").isEqualTo("not known");
        assertThat(lostAfterLatest.rewrites()).isEqualTo("0");
        assertThat(lostAfterLatest.promise()).isEqualTo("only events written after the restart: those written while "
                + "the engine was down are skipped");
    }

    @Test
    void duplicatesBreakExactlyOnceButAreExpectedOfAtLeastOnce() {
        List<RecoveryTable.Row> rows = HtmlReport.page(RECOVERY, "decision.md").recovery().rows();

        RecoveryTable.Row exactlyOnceAfterPlannedRestart = rows.get(1);
        assertThat(exactlyOnceAfterPlannedRestart.duplicated()).isEqualTo(new RecoveryTable.Count("1,650", RecoveryTable.BAD, ""));
        assertThat(exactlyOnceAfterPlannedRestart.rewrites()).as("not a PostgreSQL sink").isEqualTo("-");
        RecoveryTable.Row atLeastOnce = rows.get(3);
        assertThat(atLeastOnce.guarantee()).isEqualTo("at-least-once (default)");
        assertThat(atLeastOnce.duplicated()).isEqualTo(new RecoveryTable.Count("230", RecoveryTable.EXPECTED,
                RecoveryTable.DUPLICATES_EXPECTED));
        assertThat(atLeastOnce.lost()).isEqualTo(new RecoveryTable.Count("0", RecoveryTable.GOOD, ""));

        String html = HtmlReport.render(RECOVERY, "decision.md");
        assertThat(html.contains("<tr id=\"recovery-cell-04-flink-kafka-clicks-per-page-tumbling-continuous-kafka-"
                + "kill-engine-25s\"><td><a href=\"#cell-04-flink-kafka-clicks-per-page-tumbling-continuous-kafka-"
                + "kill-engine-25s\">flink / kafka / continuous</a>")).isTrue();
        assertThat(html.contains("<td class=\"number good\">0</td>\n          <td class=\"number expected\">230<br>"
                + "<small>expected of at-least-once</small></td>")).as("at-least-once duplicates marked expected, not bad")
                .isTrue();
        assertThat(html.contains("<td class=\"number good\">0</td>\n          <td class=\"number bad\">1,650</td>"))
                .isTrue();
        assertThat(html.contains("<td class=\"number expected\">380<br><small>what a restart without its checkpoint "
                + "leaves out</small></td>")).isTrue();
        assertThat(html.contains("<td class=\"number\">never<br><small>SLO 10,000 ms</small></td>")).isTrue();
    }

    @Test
    void theChartShowsSecondsToResultsAndToLatencyUnderTheSloPerCell() {
        HtmlReport.Page page = HtmlReport.page(RECOVERY, "decision.md");
        Chart chart = page.recovery().chart();

        assertThat(chart.id()).isEqualTo(RecoveryChart.ID);
        JsonNode option = chart.option();
        assertThat(option.path("yAxis").path("data")).extracting(JsonNode::asText).containsExactly(
                "flink / kafka / continuous @ 2,000/s, exactly-once\nfault kill-engine@25s",
                "flink / kafka / continuous @ 2,000/s, exactly-once\nfault planned-restart@25s",
                "spark / kafka / microbatch:2s @ 2,000/s, exactly-once (WRONG results)\nfault kill-engine:latest@25s",
                "flink / kafka / continuous @ 2,000/s\nfault kill-engine@25s");
        JsonNode series = option.path("series");
        assertThat(series.get(0).path("name").asText()).isEqualTo("results flowing again");
        assertThat(series.get(0).path("data")).extracting(JsonNode::asText).containsExactly("19.6", "18.2", "14.2", "16.9");
        assertThat(series.get(1).path("data")).extracting(JsonNode::asText).containsExactly("31.2", "29.0", "-", "24.0");
        assertThat(chart.caption()).endsWith("No bar: never got there in the run (spark / kafka / microbatch:2s @ "
                + "2,000/s, exactly-once under kill-engine:latest@25s).");

        assertThat(page.chartCount()).isEqualTo(page.chartSections().stream()
                .mapToInt(section -> section.charts().size()).sum() + 1);
        String html = HtmlReport.render(RECOVERY, "decision.md");
        assertThat(html.contains("<div class=\"chart\" id=\"chart-recovery\" style=\"height: ")).isTrue();
        assertThat(html.contains("{\"id\":\"chart-recovery\",\"option\":")).isTrue();
        assertThat(html.contains("data-charts-expected=\"" + page.chartCount() + "\"")).isTrue();
    }

    @Test
    void everyCellsFiguresSayWhatItsFaultCost() {
        CellResult kept = RECOVERY.cells().get(0);
        CellTables.CellRow row = CellTables.details(List.of(kept)).get(0);

        assertThat(row.sections()).filteredOn(section -> section.name().equals("recovery")).singleElement()
                .extracting(CellTables.Section::text).isEqualTo("fault kill-engine@25s: 0 lost, 0 duplicated, 412 "
                        + "rewrites absorbed by the PostgreSQL upsert; the recovery action took 3.4 s, results flowed "
                        + "again after 19.6 s, latency was under 10,000 ms after 31.2 s");
    }
}
