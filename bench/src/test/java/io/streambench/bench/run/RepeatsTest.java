package io.streambench.bench.run;

import io.streambench.api.json.Json;
import io.streambench.bench.report.Fixture;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.Figure;
import io.streambench.bench.results.FigureSpread;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Combining the fixture's three measured runs of one cell. */
class RepeatsTest {
    private static final CellResult REPEATED = Fixture.cell(cell -> cell.repeats().size() > 1);
    /** engine-added p99 85, 80 and 71 ms; CPU-s per million events 414.1, 431.2 and 379.0. */
    private static final List<CellResult> RUNS = REPEATED.repeats();

    @Test
    void everyFigureOfARepeatedCellIsTheMedianOfItsOwnRuns() {
        CellResult combined = Repeats.combine(RUNS);

        CellResult medianP99Run = RUNS.get(1);
        assertThat(Figure.P99_LATENCY.of(combined)).contains(80.0);
        assertThat(combined.cost()).as("the sections are the median p99 run's").isEqualTo(medianP99Run.cost());
        assertThat(Figure.CPU_PER_MILLION.of(combined)).as("CPU's own median, not the median p99 run's")
                .contains(RUNS.get(0).cost().cpuSecondsPerMillionEvents())
                .isNotEqualTo(Figure.CPU_PER_MILLION.measuredIn(medianP99Run));
        assertThat(Figure.P99_LATENCY.spreadOf(combined)).contains(new FigureSpread(3, 80, 71, 85, 14.0 / 80));
        assertThat(combined.spread()).doesNotContainKey(Figure.BATCH_RUNTIME.key())
                .as("the fixture's spread is what combining its runs gives").isEqualTo(REPEATED.spread());
        assertThat(combined.repeats()).isEqualTo(RUNS);
    }

    @Test
    void aFigureSomeRunsLackIsTheMedianOfThoseThatMeasuredIt() {
        double first = RUNS.get(0).cost().cpuSecondsPerMillionEvents();
        double second = RUNS.get(1).cost().cpuSecondsPerMillionEvents();

        CellResult combined = Repeats.combine(List.of(RUNS.get(0), RUNS.get(1), withoutCost(RUNS.get(2))));

        FigureSpread cpu = combined.spread().get(Figure.CPU_PER_MILLION.key());
        assertThat(cpu.runs()).isEqualTo(2);
        assertThat(cpu.median()).isCloseTo((first + second) / 2, within(1e-9));
        assertThat(cpu.min()).isEqualTo(first);
        assertThat(cpu.max()).isEqualTo(second);
        assertThat(combined.spread().get(Figure.P99_LATENCY.key()).runs()).isEqualTo(3);
    }

    @Test
    void aRunThatWasNotOkGivesTheCellItsStatusAndNoMedians() {
        CellResult failed = CellResult.failed(RUNS.get(1).id(), RUNS.get(1).cell(), "the engine stopped", null);

        CellResult combined = Repeats.combine(List.of(RUNS.get(0), failed, RUNS.get(2)));

        assertThat(combined.status()).isEqualTo(CellStatus.FAILED);
        assertThat(combined.spread()).isEmpty();
        assertThat(combined.repeats()).hasSize(3);
        assertThat(Figure.P99_LATENCY.of(combined)).isEmpty();
    }

    @Test
    void oneRunIsTheResultAndItsFiguresAreItsOwn() {
        CellResult run = RUNS.get(0);

        assertThat(Repeats.combine(List.of(run))).isSameAs(run);
        assertThat(Figure.P99_LATENCY.spreadOf(run)).contains(new FigureSpread(1, 85, 85, 85, 0.0));
    }

    @Test
    void theSpreadIsWrittenKeyedByFigureAndLeftOutForOneRun() {
        String combined = Json.toJson(Repeats.combine(RUNS));

        assertThat(combined).contains("\"spread\":{\"latency.engineAdded.p50\":{\"runs\":3,")
                .contains("\"latency.engineAdded.p99\":{\"runs\":3,\"median\":80.0,\"min\":71.0,\"max\":85.0,"
                        + "\"relativeSpread\":0.175}");
        assertThat(Json.toJson(RUNS.get(0))).doesNotContain("\"spread\"");
    }

    private static CellResult withoutCost(CellResult run) {
        return run.toBuilder().cost(null).build();
    }
}
