package io.streambench.bench.compare;

import io.streambench.bench.compare.ChangeRule.Verdict;
import io.streambench.bench.results.Figure;
import io.streambench.bench.results.FigureSpread;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** The rule on hypothetical runs: p99 in ms, lower is better; sustainable rate in events/s, higher is better. */
class ChangeRuleTest {
    private static final ChangeRule AT_10_PERCENT = new ChangeRule(0.10, false);
    private static final FigureSpread BEFORE = runs(398, 412, 455);

    @Test
    void aMedianFarWorseIsNoRegressionWhileTheOldMedianLiesAmongTheNewRuns() {
        FigureChange change = p99(BEFORE, runs(400, 500, 520));

        assertThat(change.relativeChange()).isGreaterThan(0.2);
        assertThat(AT_10_PERCENT.judge(change)).isEqualTo(Verdict.WITHIN_SPREAD);
    }

    @Test
    void aMedianFarWorseIsNoRegressionWhileItLiesAmongTheOldRuns() {
        FigureChange change = p99(runs(380, 400, 520), runs(450, 500, 900));

        assertThat(change.after().contains(change.before().median())).isFalse();
        assertThat(change.relativeChange()).isGreaterThan(0.2);
        assertThat(AT_10_PERCENT.judge(change)).isEqualTo(Verdict.WITHIN_SPREAD);
    }

    @Test
    void whatCountsIsWhereTheMediansLieNotWhetherTheRangesTouch() {
        FigureChange change = p99(BEFORE, runs(440, 500, 520));

        assertThat(change.after().contains(BEFORE.max())).as("the old max 455 is among the new runs").isTrue();
        assertThat(AT_10_PERCENT.judge(change)).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void runsApartAreAChangeOnlyBeyondTheThreshold() {
        assertThat(AT_10_PERCENT.judge(p99(BEFORE, runs(470, 480, 490)))).isEqualTo(Verdict.REGRESSION);
        assertThat(AT_10_PERCENT.judge(p99(BEFORE, runs(300, 310, 320)))).isEqualTo(Verdict.IMPROVEMENT);
        assertThat(AT_10_PERCENT.judge(p99(runs(100, 101, 102), runs(105, 106, 107))))
                .as("apart, but 5% worse").isEqualTo(Verdict.WITHIN_THRESHOLD);
        assertThat(AT_10_PERCENT.judge(new FigureChange(Figure.SUSTAINABLE_RATE, runs(8000, 8200, 8400),
                runs(6000, 6500, 7000)))).as("a lower rate is worse").isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void withFewerThanThreeRunsOnASideItIsTooFewRepeatsToTellUnlessTheThresholdAloneIsAskedFor() {
        FigureChange twoRuns = p99(BEFORE, runs(600, 620));
        FigureChange singleRuns = p99(runs(412), runs(500));

        assertThat(AT_10_PERCENT.judge(twoRuns)).isEqualTo(Verdict.TOO_FEW_REPEATS);
        assertThat(AT_10_PERCENT.judge(singleRuns)).isEqualTo(Verdict.TOO_FEW_REPEATS);
        assertThat(AT_10_PERCENT.regression(singleRuns)).isFalse();
        ChangeRule thresholdAlone = new ChangeRule(0.10, true);
        assertThat(thresholdAlone.judge(singleRuns)).isEqualTo(Verdict.REGRESSION);
        assertThat(thresholdAlone.judge(p99(runs(412), runs(430)))).isEqualTo(Verdict.WITHIN_THRESHOLD);
        assertThat(thresholdAlone.judge(p99(BEFORE, runs(400, 500, 520)))).as("enough runs: the ranges still count")
                .isEqualTo(Verdict.WITHIN_SPREAD);
    }

    private static FigureChange p99(FigureSpread before, FigureSpread after) {
        return new FigureChange(Figure.P99_LATENCY, before, after);
    }

    private static FigureSpread runs(double... values) {
        return FigureSpread.of(java.util.Arrays.stream(values).boxed().toList());
    }
}
