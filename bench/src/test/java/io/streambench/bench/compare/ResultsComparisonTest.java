package io.streambench.bench.compare;

import io.streambench.bench.compare.ChangeRule.Verdict;
import io.streambench.bench.report.Fixture;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Figure;
import io.streambench.bench.results.FigureSpread;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ResultsComparisonTest {
    private static final ResultsFile FIXTURE = Fixture.results();
    /** Three runs, CPU-s per million events 379.0, 414.1 and 431.2. */
    private static final CellResult REPEATED = FIXTURE.cells().stream().filter(cell -> cell.repeats().size() > 1)
            .findFirst().orElseThrow();
    private static final ChangeRule AT_10_PERCENT = new ChangeRule(0.10, false);

    @Test
    void aRunComparedWithItselfHasNoRegression() {
        ResultsComparison comparison = ResultsComparison.of(FIXTURE, FIXTURE);

        assertThat(comparison.cells()).hasSize(FIXTURE.cells().size());
        assertThat(comparison.regressed(new ChangeRule(0, false))).isFalse();
        assertThat(comparison.regressed(new ChangeRule(0, true))).isFalse();
        assertThat(comparison.onlyBefore()).isEmpty();
        assertThat(comparison.onlyAfter()).isEmpty();
        assertThat(comparison.sameKindOfMachine()).isTrue();
        assertThat(verdicts(comparison, REPEATED)).containsOnly(Verdict.WITHIN_SPREAD);
        assertThat(comparison.cells()).filteredOn(cell -> cell.after().repeats().isEmpty())
                .flatMap(CellComparison::changes).extracting(AT_10_PERCENT::judge).containsOnly(Verdict.TOO_FEW_REPEATS);
    }

    @Test
    void twoRealRunsOfACellAreTooFewRepeatsToTellUnlessTheThresholdAloneIsAskedFor() {
        // the repeated cell's runs, cheapest first: the costlier run as the new one is a CPU regression by threshold
        List<CellResult> runs = REPEATED.repeats().stream()
                .sorted(Comparator.comparingDouble(run -> run.cost().cpuSecondsPerMillionEvents())).toList();
        CellResult cheaper = runs.get(0);
        CellResult costlier = runs.get(runs.size() - 1);
        double cpuIncrease = costlier.cost().cpuSecondsPerMillionEvents() / cheaper.cost().cpuSecondsPerMillionEvents() - 1;

        ResultsComparison comparison = ResultsComparison.of(replacing(REPEATED, cheaper), replacing(REPEATED, costlier));

        FigureChange cpu = cpuChange(comparison, costlier);
        assertThat(cpu.relativeChange()).isCloseTo(cpuIncrease, within(1e-12));
        assertThat(new ChangeRule(cpuIncrease / 2, false).judge(cpu)).isEqualTo(Verdict.TOO_FEW_REPEATS);
        assertThat(comparison.regressed(new ChangeRule(cpuIncrease / 2, false))).isFalse();
        assertThat(comparison.regressed(new ChangeRule(cpuIncrease / 2, true))).isTrue();
        assertThat(comparison.regressed(new ChangeRule(cpuIncrease * 2, true))).isFalse();
        assertThat(ComparisonTable.render(comparison, AT_10_PERCENT)).contains("| too few repeats to tell |")
                .contains("figures had fewer than 3 runs on a side: too few repeats to tell");
        FigureChange reversed = cpuChange(ResultsComparison.of(replacing(REPEATED, costlier),
                replacing(REPEATED, cheaper)), cheaper);
        assertThat(new ChangeRule(cpuIncrease / 2, true).judge(reversed)).isEqualTo(Verdict.IMPROVEMENT);
    }

    @Test
    void aRepeatedFigureIsFlaggedOnlyWhenTheRunsNoLongerOverlap() {
        // hypothetical new runs of the repeated cell, against its measured CPU of 379.0 to 431.2 (median 414.1)
        ResultsComparison apart = ResultsComparison.of(FIXTURE, replacing(REPEATED, withCpuRuns(REPEATED, 450, 460, 470)));
        ResultsComparison overlapping = ResultsComparison.of(FIXTURE,
                replacing(REPEATED, withCpuRuns(REPEATED, 400, 460, 470)));

        assertThat(AT_10_PERCENT.judge(cpuChange(apart, null))).isEqualTo(Verdict.REGRESSION);
        assertThat(apart.regressed(AT_10_PERCENT)).isTrue();
        assertThat(apart.regressed(new ChangeRule(0.20, false))).as("11% worse").isFalse();
        assertThat(ComparisonTable.render(apart, AT_10_PERCENT))
                .contains("| CPU-s per million events | 414 (379–431, spread 13%, 3 runs) | 460 (450–470, spread 4%, 3 runs) "
                        + "| +11.1% | **REGRESSION** |");
        assertThat(cpuChange(overlapping, null).relativeChange()).isGreaterThan(0.1);
        assertThat(AT_10_PERCENT.judge(cpuChange(overlapping, null))).isEqualTo(Verdict.WITHIN_SPREAD);
        assertThat(overlapping.regressed(AT_10_PERCENT)).isFalse();
    }

    @Test
    void aCellThatNoLongerRunsCorrectlyIsARegressionWhateverTheThreshold() {
        CellResult ok = FIXTURE.cells().get(0);
        CellResult failed = CellResult.failed(ok.id(), ok.cell(), "the engine stopped", null);

        ResultsComparison comparison = ResultsComparison.of(FIXTURE, replacing(ok, failed));

        assertThat(comparison.regressed(new ChangeRule(1000, false))).isTrue();
        String table = ComparisonTable.render(comparison, AT_10_PERCENT);
        assertThat(table).contains("| status | ok | failed | | **REGRESSION** |")
                .contains("1 of " + FIXTURE.cells().size() + " cells compared regressed.");
    }

    @Test
    void cellsAreMatchedByWhatTheyRanNotByTheirPlace() {
        List<CellResult> reversed = new ArrayList<>(FIXTURE.cells());
        java.util.Collections.reverse(reversed);
        List<CellResult> fewer = reversed.subList(1, reversed.size());

        ResultsComparison comparison = ResultsComparison.of(FIXTURE, Fixture.withCells(FIXTURE, fewer));

        assertThat(comparison.regressed(new ChangeRule(0, true))).isFalse();
        assertThat(comparison.onlyBefore()).singleElement().asString().contains(FIXTURE.cells().get(FIXTURE.cells().size() - 1).cell().pipeline());
        assertThat(comparison.cells()).allMatch(cell -> cell.before() == cell.after());
    }

    private static List<Verdict> verdicts(ResultsComparison comparison, CellResult cell) {
        return comparison.cells().stream().filter(one -> one.after() == cell).flatMap(one -> one.changes().stream())
                .map(AT_10_PERCENT::judge).toList();
    }

    /** The CPU change of the cell whose new side is {@code after}, or of the repeated cell when null. */
    private static FigureChange cpuChange(ResultsComparison comparison, CellResult after) {
        return comparison.cells().stream()
                .filter(one -> after == null ? one.before() == REPEATED : one.after() == after)
                .flatMap(one -> one.changes().stream()).filter(change -> change.figure() == Figure.CPU_PER_MILLION)
                .findFirst().orElseThrow();
    }

    private static CellResult withCpuRuns(CellResult cell, double... cpu) {
        Map<String, FigureSpread> spread = new LinkedHashMap<>(cell.spread());
        spread.put(Figure.CPU_PER_MILLION.key(), FigureSpread.of(java.util.Arrays.stream(cpu).boxed().toList()));
        return cell.withRepeats(cell.repeats(), spread);
    }

    private static ResultsFile replacing(CellResult old, CellResult replacement) {
        List<CellResult> cells = FIXTURE.cells().stream().map(cell -> cell == old ? replacement : cell).toList();
        return Fixture.withCells(FIXTURE, cells);
    }
}
