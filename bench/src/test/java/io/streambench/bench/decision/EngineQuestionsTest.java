package io.streambench.bench.decision;

import io.streambench.bench.report.Fixture;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds' five points, put to the engines of the hand-written fault results and of the measured fixture. */
class EngineQuestionsTest {
    private static final ResultsFile RECOVERY = Fixture.recoveryResults();

    @Test
    void enginesThatRanOnePipelineOnKafkaAreComparedPointByPointFromTheirCells() {
        List<String> lines = EngineQuestions.lines(RECOVERY.cells(), "report.html");

        assertThat(lines).contains("### clicks-per-page-tumbling", "| point | flink | spark |");
        String recovery = row(lines, "recovery");
        assertThat(recovery).as("Flink's crash, with its figures and its cell")
                .contains("`kill-engine@25s`: results again after 19.6 s, latency under 10,000 ms after 31.2 s; 0 lost, "
                        + "0 duplicated, 412 rewrites absorbed by the PostgreSQL upsert ([continuous @ 2,000/s, "
                        + "exactly-once](report.html#cell-01-flink-kafka-clicks-per-page-tumbling-continuous-postgres-"
                        + "kill-engine-25s))");
        assertThat(recovery).as("Spark's only restart gave up its checkpoint by choice: no evidence of recovery")
                .endsWith("| not measured: add a cell with `fault: kill-engine@20s` |");
        assertThat(row(lines, "late data")).as("Spark's cell without a fault was checked")
                .contains("1 of 1 streaming cells exact with out-of-order events");
        assertThat(lines).filteredOn(line -> line.startsWith("| ")).hasSize(6);
    }

    @Test
    void oneEngineAloneIsNoComparison() {
        assertThat(EngineQuestions.lines(Fixture.keeping(cell -> cell.cell().engine().equals("flink")).cells(),
                "report.html")).isEmpty();
    }

    @Test
    void theDecisionReportEndsWithTheComparison() {
        assertThat(DecisionReport.render(RECOVERY, "report.html"))
                .contains("## Which engine? The seeds' five points, measured");
    }

    private static String row(List<String> lines, String point) {
        return lines.stream().filter(line -> line.startsWith("| " + point + " |")).findFirst().orElseThrow();
    }
}
