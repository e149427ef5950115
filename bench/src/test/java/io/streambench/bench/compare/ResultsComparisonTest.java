package io.streambench.bench.compare;

import io.streambench.bench.report.Fixture;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Figure;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsComparisonTest {
    private static final ResultsFile FIXTURE = Fixture.results();
    private static final CellResult REPEATED = FIXTURE.cells().stream().filter(cell -> cell.repeats().size() > 1)
            .findFirst().orElseThrow();

    @Test
    void aRunComparedWithItselfHasNoRegression() {
        ResultsComparison comparison = ResultsComparison.of(FIXTURE, FIXTURE);

        assertThat(comparison.cells()).hasSize(FIXTURE.cells().size());
        assertThat(comparison.regressed(0)).isFalse();
        assertThat(comparison.onlyBefore()).isEmpty();
        assertThat(comparison.onlyAfter()).isEmpty();
        assertThat(comparison.sameKindOfMachine()).isTrue();
    }

    @Test
    void twoRealRunsOfACellDifferByTheirMeasuredFigures() {
        // the repeated cell's runs, cheapest first: the costlier run as the new one is a CPU regression
        List<CellResult> runs = REPEATED.repeats().stream()
                .sorted(Comparator.comparingDouble(run -> run.cost().cpuSecondsPerMillionEvents())).toList();
        CellResult cheaper = runs.get(0);
        CellResult costlier = runs.get(runs.size() - 1);
        double cpuIncrease = costlier.cost().cpuSecondsPerMillionEvents() / cheaper.cost().cpuSecondsPerMillionEvents() - 1;

        ResultsComparison comparison = ResultsComparison.of(replacing(REPEATED, cheaper), replacing(REPEATED, costlier));

        CellComparison cell = comparison.cells().stream().filter(one -> one.after() == costlier).findFirst().orElseThrow();
        FigureChange cpu = cell.changes().stream().filter(change -> change.figure() == Figure.CPU_PER_MILLION)
                .findFirst().orElseThrow();
        assertThat(cpu.relativeChange()).isCloseTo(cpuIncrease, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(cpu.worseBeyond(cpuIncrease / 2)).isTrue();
        assertThat(cpu.worseBeyond(cpuIncrease * 2)).isFalse();
        assertThat(comparison.regressed(cpuIncrease / 2)).isTrue();
        assertThat(ResultsComparison.of(replacing(REPEATED, costlier), replacing(REPEATED, cheaper)).cells().stream()
                .flatMap(one -> one.changes().stream()).filter(change -> change.figure() == Figure.CPU_PER_MILLION)
                .allMatch(change -> change.betterBeyond(cpuIncrease / 2) || change.relativeChange() == 0)).isTrue();
    }

    @Test
    void aCellThatNoLongerRunsCorrectlyIsARegressionWhateverTheThreshold() {
        CellResult ok = FIXTURE.cells().get(0);
        CellResult failed = CellResult.failed(ok.id(), ok.cell(), "the engine stopped", null);

        ResultsComparison comparison = ResultsComparison.of(FIXTURE, replacing(ok, failed));

        assertThat(comparison.regressed(1000)).isTrue();
        String table = ComparisonTable.render(comparison, 0.1);
        assertThat(table).contains("| status | ok | failed | | **REGRESSION** |")
                .contains("1 of " + FIXTURE.cells().size() + " cells compared regressed.");
    }

    @Test
    void cellsAreMatchedByWhatTheyRanNotByTheirPlace() {
        List<CellResult> reversed = new ArrayList<>(FIXTURE.cells());
        java.util.Collections.reverse(reversed);
        List<CellResult> fewer = reversed.subList(1, reversed.size());

        ResultsComparison comparison = ResultsComparison.of(FIXTURE, Fixture.withCells(FIXTURE, fewer));

        assertThat(comparison.regressed(0)).isFalse();
        assertThat(comparison.onlyBefore()).singleElement().asString().contains(FIXTURE.cells().get(FIXTURE.cells().size() - 1).cell().pipeline());
        assertThat(comparison.cells()).allMatch(cell -> cell.before() == cell.after());
    }

    private static ResultsFile replacing(CellResult old, CellResult replacement) {
        List<CellResult> cells = FIXTURE.cells().stream().map(cell -> cell == old ? replacement : cell).toList();
        return Fixture.withCells(FIXTURE, cells);
    }
}
