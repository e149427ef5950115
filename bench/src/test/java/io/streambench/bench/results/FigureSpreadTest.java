package io.streambench.bench.results;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FigureSpreadTest {
    @Test
    void theMedianOfAnOddNumberOfRunsIsTheMiddleOne() {
        assertThat(FigureSpread.of(List.of(455.0, 398.0, 412.0))).isEqualTo(new FigureSpread(3, 412, 398, 455, 57.0 / 412));
    }

    @Test
    void theMedianOfAnEvenNumberOfRunsLiesBetweenTheMiddleTwo() {
        FigureSpread spread = FigureSpread.of(List.of(10.0, 40.0, 20.0, 30.0));

        assertThat(spread.median()).isEqualTo(25);
        assertThat(spread.relativeSpread()).isEqualTo(30.0 / 25);
        assertThat(spread.contains(40)).isTrue();
        assertThat(spread.contains(41)).isFalse();
    }

    @Test
    void aZeroMedianHasNoRelativeSpread() {
        assertThat(FigureSpread.of(List.of(0.0, 0.0, 2.0)).relativeSpread()).isNull();
        assertThatThrownBy(() -> FigureSpread.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
