package io.streambench.bench.decision;

import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.matrix.SloProfile;
import io.streambench.bench.report.Fixture;
import io.streambench.bench.report.HtmlReport;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionReportTest {
    private static final ResultsFile FIXTURE = Fixture.results();
    private static final String DECISION = DecisionReport.render(FIXTURE, "report.html");

    @Test
    void everyProfileGetsARecordInTheUsualFormWithItsDecision() {
        List<SloProfile> profiles = FIXTURE.matrix().profiles();
        for (int i = 0; i < profiles.size(); i++) {
            String section = section(i + 1, profiles.get(i).name());
            assertThat(section).contains("- **Status:** proposed", "- **Decision:** ", "### Context",
                    "### Options considered", "### Decision", "### Runners-up", "### Batch or streaming", "### Consequences");
        }
        assertThat(section(1, "fraud-alerts")).contains("- **Decision:** [flink / kafka / continuous @ throughput search "
                + "from 3,000/s](report.html#cell-11-flink-kafka-clicks-per-page-500ms-continuous-kafka)");
        assertThat(section(2, "hourly-dashboard")).contains("- **Decision:** [flink / kafka / batch @ 2,000/s]"
                + "(report.html#cell-02-flink-kafka-clicks-per-page-500ms-batch-kafka)");
        assertThat(section(4, "enriched-click-feed")).contains("It is the only option that met the profile");
    }

    @Test
    void theEvidenceIsInNumbers() {
        String fraudAlerts = section(1, "fraud-alerts");
        assertThat(fraudAlerts).contains("It met every figure of the profile: engine-added p99 113 ms (from 29 firings "
                + "only) <= 2,000 ms, emitting on-watermark; 84,000 ev/s (sustainable rate found by a throughput search) "
                + ">= 1,500 ev/s; ran at-least-once (the default).");
        assertThat(fraudAlerts).contains("met the profile too, but costs 217.9 CPU-s per million events (+1262% against "
                + "the decision's 16.0, measured at 4,000 ev/s against the decision's 84,000 ev/s).");
        assertThat(fraudAlerts).contains("missed p99 engine-added latency: engine-added p99 5,135 ms (from 59 firings "
                + "only) > 2,000 ms, emitting on-watermark.");
        assertThat(fraudAlerts).contains("Its cost was measured at 84,000 ev/s, 56 times the profile's 1,500 ev/s");
    }

    @Test
    void aDecisionOnARepeatedCellRestsOnEachFiguresMedianAndSaysHowFarTheRunsSpread() {
        ResultsFile repeatedOnly = Fixture.keeping(cell -> cell.repeats().size() > 1);

        String fraudAlerts = DecisionText.section(DecisionReport.render(repeatedOnly, "report.html"), 1, "fraud-alerts");

        assertThat(fraudAlerts).contains("engine-added p99 80.0 ms (from 59 firings only) <= 2,000 ms")
                .contains("414.1 CPU-s per million events")
                .contains("- Evidence: the medians of 3 runs; engine-added p50, ms: 54.0 (52.0–57.0, spread 9%, 3 runs); "
                        + "engine-added p99, ms: 80.0 (71.0–85.0, spread 18%, 3 runs); ");
    }

    @Test
    void whereNothingMetItSaysSoAndWhatCameClosest() {
        String payments = section(3, "payments-exactly-once");
        assertThat(payments).contains("- **Decision:** none: no measured option met the profile")
                .contains("No measured option met this profile. The closest was [flink / kafka / continuous @ "
                        + "throughput search from 3,000/s](report.html#cell-11-flink-kafka-clicks-per-page-500ms-"
                        + "continuous-kafka), which ran correctly but missed guarantee")
                .contains("- Measure throughput at the required rate: a throughput search");
    }

    @Test
    void aCellThatFellBehindIsCountedAsSuchAndNamedWithWhy() {
        List<CellResult> cells = new java.util.ArrayList<>(FIXTURE.cells());
        cells.set(0, Fixture.fellBehind());

        String decision = DecisionReport.render(Fixture.withCells(FIXTURE, cells), "report.html");

        String fraudAlerts = DecisionText.section(decision, 1, "fraud-alerts");
        assertThat(fraudAlerts).contains("1 fell behind the offered rate")
                .contains("not sustained, so no figure of it counts: fell behind 2,000 ev/s");
    }

    @Test
    void theBatchOrStreamingGuidanceIsAppliedToTheMeasuredFigures() {
        String dashboard = section(2, "hourly-dashboard");
        assertThat(dashboard).contains("Nothing automated acts on the results")
                .contains("every 1h: 3,600 s + 8.8 s runtime = 3,609 s <= 7,200 s")
                .contains("It is busy 1.0% of every 15m; run every 5 minutes it would be busy 3% of the time")
                .contains("met the profile too, at 16.0 CPU-s per million events (-89% against the decision's 143, "
                        + "measured at 84,000 ev/s against the decision's 2,000 ev/s), but it is a continuous job and "
                        + "nothing automated reacts to the results")
                .contains("So: a scheduled batch job.");
        assertThat(section(1, "fraud-alerts")).contains("Its freshest results are 454 times the p99 latency bound of "
                + "2,000 ms: a batch job cannot meet it.");
    }

    @Test
    void everyLinkPointsAtAnAnchorOfTheHtmlReport() {
        String html = HtmlReport.render(FIXTURE, "decision.md");
        List<String> anchors = DecisionText.reportAnchors(DECISION);
        for (String anchor : anchors) {
            assertThat(html.contains("id=\"" + anchor + "\"")).as("report.html has the anchor " + anchor).isTrue();
        }
        assertThat(anchors.size()).isGreaterThan(FIXTURE.matrix().profiles().size());
    }

    @Test
    void textFromTheResultsIsEscaped() {
        MatrixFile matrix = FIXTURE.matrix();
        SloProfile hostile = new SloProfile("a | b <img src=x>", "clicks-per-page-500ms", "*everyone* [x](y)",
                new SloProfile.Slo(20_000L, null, null, null), null);
        String decision = DecisionReport.render(Fixture.withMatrix(FIXTURE, new MatrixFile(matrix.name(),
                matrix.description(), matrix.defaults(), null, matrix.cells(), List.of(hostile))), "report.html");

        assertThat(decision).contains("## 1. a \\| b &lt;img src=x>").contains("\\*everyone\\* \\[x\\](y)")
                .doesNotContain("<img");
    }

    @Test
    void aMatrixWithoutProfilesSaysThereIsNothingToDecide() {
        MatrixFile matrix = FIXTURE.matrix();
        String decision = DecisionReport.render(Fixture.withMatrix(FIXTURE, new MatrixFile(matrix.name(),
                matrix.description(), matrix.defaults(), null, matrix.cells(), List.of())), "report.html");

        assertThat(decision).contains("The matrix names no profiles, so there is nothing to decide.");
    }

    @Test
    void aBatchDecisionCountsTheFixedStartUpCostOfEveryRunPerSchedule() {
        String batchId = "02-flink-kafka-clicks-per-page-500ms-batch-kafka";
        ResultsFile withStartUpCost = Fixture.withCells(FIXTURE, FIXTURE.cells().stream().map(cell -> {
            if (!cell.id().equals(batchId)) {
                return cell;
            }
            CellResult.Cost cost = cell.cost();
            return Cells.withCost(cell, new CellResult.Cost(cost.engineCpuSeconds(), null,
                    cost.cpuSecondsPerMillionEvents(), null, null, null, null, null, null, 12.0, null, cost.peakRssMb()));
        }).toList());

        String hourly = DecisionText.section(DecisionReport.render(withStartUpCost, "report.html"), 2,
                "hourly-dashboard");

        assertThat(hourly).contains("Each run also pays a fixed 12.0 CPU-seconds of start-up: ")
                .contains("1,152 a day every 15m").contains("288 a day every 1h").contains("12.0 a day every 1d");
    }

    private static String section(int number, String profile) {
        return DecisionText.section(DECISION, number, profile);
    }
}
