package io.streambench.api.oracle;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.WindowResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultComparisonTest {
    private static final WindowResult A = new WindowResult("a", 0, 10, 3, 100);
    private static final WindowResult B = new WindowResult("b", 0, 10, 1, 101);
    private static final WindowResult C = new WindowResult("c", 0, 10, 2, 102);

    private static List<ObservedResult> emitted(WindowResult... results) {
        return java.util.Arrays.stream(results).map(result -> new ObservedResult(result, 0, 0)).toList();
    }

    @Test
    void theLastEmissionOfAResultIsItsFinalValue() {
        WindowResult earlyFiring = new WindowResult("a", 0, 10, 2, 99);
        ComparisonReport report = ResultComparison.compare(List.of(A, B), emitted(earlyFiring, B, A));
        assertThat(report.isExact()).isTrue();
        assertThat(report.matched()).isEqualTo(2);
        assertThat(report.duplicated()).isZero();
        assertThat(report.summary()).startsWith("correct: 2 expected, 2 matched");
    }

    @Test
    void countsMissingExtraWrongAndDuplicated() {
        WindowResult wrongB = new WindowResult("b", 0, 10, 7, 101);
        WindowResult lateSendTime = new WindowResult("c", 0, 10, 2, 5);
        WindowResult extra = new WindowResult("z", 10, 20, 1, 1);
        ComparisonReport report = ResultComparison.compare(List.of(A, B, C),
                emitted(wrongB, wrongB, lateSendTime, extra));
        assertThat(report.isExact()).isFalse();
        assertThat(report.matched()).isZero();
        assertThat(report.missing()).isEqualTo(1);
        assertThat(report.wrongValue()).isEqualTo(2);
        assertThat(report.extra()).isEqualTo(1);
        assertThat(report.duplicated()).isEqualTo(1);
        assertThat(report.differences()).containsExactly(
                "missing a [0, 10) = 3",
                "wrong b [0, 10): value 7 maxSendTime 101, expected value 1 maxSendTime 101",
                "wrong c [0, 10): value 2 maxSendTime 5, expected value 2 maxSendTime 102",
                "extra z [10, 20) = 1");
        assertThat(report.summary()).startsWith("WRONG: 3 expected, 0 matched, 1 missing, 1 extra, 2 wrong, 1 duplicated");
    }

    @Test
    void replayedResultsAreDuplicatesButStillCorrect() {
        ComparisonReport report = ResultComparison.compare(List.of(A, B), emitted(A, B, A, B, B));
        assertThat(report.isExact()).isTrue();
        assertThat(report.duplicated()).isEqualTo(3);
    }

    @Test
    void showsOnlyTheFirstFewDifferences() {
        List<WindowResult> expected = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> new WindowResult("k" + i, 0, 10, 1, 1)).toList();
        ComparisonReport report = ResultComparison.compare(expected, List.of());
        assertThat(report.missing()).isEqualTo(20);
        assertThat(report.differences()).hasSize(5);
    }
}
