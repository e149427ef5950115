package io.streambench.bench.run;

import io.streambench.api.engine.EngineSample;
import io.streambench.api.engine.EngineSample.OperatorLoad;
import io.streambench.bench.results.EngineLoad;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Readings as Flink's REST API and Spark's progress state them, made up here to pin the verdict's rules. */
class EngineLoadJudgementTest {
    private static final String SOURCE = "Source: kafka -> decode";
    private static final String WINDOW = "window -> emit";
    private static final String SINK = "Sink: results";

    private static List<EngineSample> flink(double sourceWaits, double windowBusy, double windowWaits) {
        return LongStream.rangeClosed(1, 10).mapToObj(second -> new EngineSample(second * 1000, List.of(
                new OperatorLoad(SOURCE, 2, 2000, 2000, 80, sourceWaits),
                new OperatorLoad(WINDOW, 2, 2000, 40, windowBusy, windowWaits),
                new OperatorLoad(SINK, 2, 40, 0, 5, 0)), Map.of())).toList();
    }

    private static List<EngineSample> spark(long batchMillis, int batches) {
        return LongStream.rangeClosed(1, batches).mapToObj(batch -> new EngineSample(batch * 2000, List.of(),
                Map.of(EngineSample.BATCH_DURATION_MS, (double) batchMillis, EngineSample.TRIGGER_INTERVAL_MS, 2000.0,
                        EngineSample.INPUT_ROWS_PER_SECOND, 2000.0))).toList();
    }

    @Test
    void theBottleneckIsTheFirstOperatorNotBackPressuredDownstreamOfOneThatIs() {
        EngineLoad load = EngineLoadJudgement.judge(flink(600, 970, 0), 0L, 20_000L);

        assertThat(load.backpressured()).isTrue();
        assertThat(load.bottleneck()).isEqualTo(WINDOW);
        assertThat(load.steadySamples()).isEqualTo(10);
        assertThat(load.summary()).isEqualTo("back-pressured: " + SOURCE + " waits 60 % of the time on " + WINDOW
                + ", which is 97 % busy");
    }

    @Test
    void aJobWhoseOperatorsWaitLessThanATenthOfTheTimeIsNotBackPressuredAndNamesItsBusiestOperator() {
        EngineLoad load = EngineLoadJudgement.judge(flink(90, 400, 0), 0L, 20_000L);

        assertThat(load.backpressured()).isFalse();
        assertThat(load.bottleneck()).isEqualTo(WINDOW);
        assertThat(load.summary()).isEqualTo("not back-pressured: the busiest operator, " + WINDOW + ", is 40 % busy");
    }

    @Test
    void onlyReadingsInTheSteadyStretchCount() {
        List<EngineSample> readings = flink(600, 970, 0);

        EngineLoad load = EngineLoadJudgement.judge(readings, 100_000L, 200_000L);

        assertThat(load.steadySamples()).isZero();
        assertThat(load.backpressured()).as("no verdict without a steady stretch").isNull();
        assertThat(load.samples()).hasSize(10);
        assertThat(load.summary()).as("what the readings say is still told").startsWith("back-pressured");
    }

    @Test
    void microBatchesLongerThanTheirTriggerMostOfTheTimeFallBehind() {
        EngineLoad behind = EngineLoadJudgement.judge(spark(3100, 9), 0L, 60_000L);
        EngineLoad keepingUp = EngineLoadJudgement.judge(spark(700, 9), 0L, 60_000L);

        assertThat(behind.backpressured()).isTrue();
        assertThat(behind.bottleneck()).isEqualTo("micro-batch");
        assertThat(behind.summary()).isEqualTo("falling behind: micro-batches took 3.10 s (median), 3.10 s at most, "
                + "against a 2.00 s trigger; 9 of 9 longer");
        assertThat(keepingUp.backpressured()).isFalse();
        assertThat(keepingUp.summary()).startsWith("keeping up: micro-batches took 0.70 s");
    }

    @Test
    void noReadingsNoLoad() {
        assertThat(EngineLoadJudgement.judge(List.of(), 0L, 1L)).isNull();
    }
}
