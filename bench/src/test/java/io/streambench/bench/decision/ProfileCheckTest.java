package io.streambench.bench.decision;

import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.ExecutionMode;
import io.streambench.bench.matrix.SloProfile;
import io.streambench.bench.report.Fixture;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileCheckTest {
    private static final CellResult BATCH = Fixture.cell(cell -> cell.batch() != null);
    private static final CellResult CONTINUOUS = Fixture.cell(cell -> cell.id().startsWith("01-"));
    private static final CellResult EXACTLY_ONCE = Fixture.cell(cell -> cell.cell().guarantee() == DeliveryGuarantee.EXACTLY_ONCE);

    @Test
    void aBatchJobMeetsAFreshnessBoundWithItsLongestScheduleThatStaysUnderIt() {
        // the fixture's batch run took 8.762 s: hourly gives 3,608.762 s, daily 86,408.762 s
        CellVerdict twoHours = ProfileCheck.judge(profile(slo(null, null, null, Duration.ofHours(2))), BATCH);
        assertThat(twoHours.met()).isTrue();
        assertThat(twoHours.checks().get(0).evidence()).isEqualTo("every 1h: 3,600 s + 8.8 s runtime = 3,609 s <= 7,200 s");

        CellVerdict tenMinutes = ProfileCheck.judge(profile(slo(null, null, null, Duration.ofMinutes(10))), BATCH);
        assertThat(tenMinutes.met()).isFalse();
        assertThat(tenMinutes.checks().get(0).evidence()).isEqualTo("every 15m: 900 s + 8.8 s runtime = 909 s > 600 s, "
                + "even on the shortest schedule");
        assertThat(tenMinutes.worstMiss()).isCloseTo(908.762 / 600, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aStreamingJobIsAsFreshAsItsP99() {
        // freshness is the processing latency (window, watermark bound and engine), not the engine-added one
        CellVerdict verdict = ProfileCheck.judge(profile(slo(null, null, null, Duration.ofSeconds(5))), CONTINUOUS);
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.checks().get(0).evidence()).isEqualTo("results visible within p99 5.6 s > 5.0 s");
    }

    @Test
    void aLatencyBoundNeedsAMeasuredLatency() {
        CellVerdict batch = ProfileCheck.judge(profile(slo(60_000L, null, null, null)), BATCH);
        assertThat(batch.met()).isFalse();
        assertThat(batch.misses()).singleElement().satisfies(miss -> {
            assertThat(miss.evidence()).contains("no per-result latency: a batch run delivers all results at its end");
            assertThat(miss.missFactor()).isInfinite();
        });
        assertThat(ProfileCheck.judge(profile(slo(20_000L, null, null, null)), CONTINUOUS).checks().get(0).evidence())
                .isEqualTo("engine-added p99 80.0 ms (from 59 firings only) <= 20,000 ms, emitting on-watermark");
    }

    @Test
    void throughputIsTheDrainRateOfABatchRunAndTheReadRateOfAStreamingOneSayingWhich() {
        CellVerdict batch = ProfileCheck.judge(profile(slo(null, 5_000.0, null, null)), BATCH);
        assertThat(batch.checks().get(0).evidence())
                .isEqualTo("10,272 ev/s (drain rate of a pre-loaded backlog, start-up included) >= 5,000 ev/s");

        CellVerdict streaming = ProfileCheck.judge(profile(slo(null, 20_000.0, null, null)), CONTINUOUS);
        assertThat(streaming.met()).isFalse();
        assertThat(streaming.checks().get(0).evidence()).isEqualTo("1,952 ev/s (read rate at an offered 2,000 ev/s) "
                + "< 20,000 ev/s; not offered the required rate, so not known");
    }

    @Test
    void exactlyOnceNeedsACellThatRanWithIt() {
        SloProfile exactlyOnce = profile(slo(null, null, DeliveryGuarantee.EXACTLY_ONCE, null));
        assertThat(ProfileCheck.judge(exactlyOnce, CONTINUOUS).misses()).singleElement()
                .extracting(SloCheck::evidence).isEqualTo("ran at-least-once (the default), not exactly-once");
        assertThat(ProfileCheck.judge(exactlyOnce, EXACTLY_ONCE).met()).isTrue();
        assertThat(ProfileCheck.judge(profile(slo(null, null, DeliveryGuarantee.AT_LEAST_ONCE, null)), EXACTLY_ONCE).met())
                .as("exactly-once gives at-least-once too").isTrue();
    }

    @Test
    void aCellWithWrongResultsMeetsNothing() {
        CellResult wrong = Cells.withStatus(CONTINUOUS, CellStatus.WRONG, "WRONG: 2 missing");
        CellVerdict verdict = ProfileCheck.judge(profile(slo(null, null, null, Duration.ofDays(1))), wrong);
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.blocker()).startsWith("wrong results: 9,807 of 9,807 expected matched");
        assertThat(verdict.checks()).isEmpty();
    }

    @Test
    void aCellThatFellBehindMeetsNothingHoweverGoodItsFigures() {
        CellVerdict verdict = ProfileCheck.judge(profile(slo(20_000L, 1_000.0, null, null)), Fixture.fellBehind());

        assertThat(verdict.met()).isFalse();
        assertThat(verdict.blocker()).isEqualTo("not sustained, so no figure of it counts: fell behind 2,000 ev/s: "
                + "backlog grew by 20,000 messages (10.0 s of input) over the measured 20 s");
        assertThat(verdict.checks()).isEmpty();
    }

    @Test
    void unsupportedAndFailedCellsSayWhy() {
        CellResult unsupported = Fixture.cell(cell -> cell.cell().mode().kind() == ExecutionMode.Kind.MICROBATCH);
        assertThat(ProfileCheck.judge(profile(slo(20_000L, null, null, null)), unsupported).blocker())
                .startsWith("unsupported: flink: Kafka topic sources in microbatch mode are not supported");
        CellResult failed = Fixture.cell(cell -> cell.status() == CellStatus.FAILED);
        assertThat(ProfileCheck.judge(profile(slo(20_000L, null, null, null)), failed).blocker())
                .startsWith("failed: not even the starting rate of 4000 events/s was sustained");
    }

    private static SloProfile profile(SloProfile.Slo slo) {
        return new SloProfile("test", "clicks-per-page-500ms", null, slo, null);
    }

    private static SloProfile.Slo slo(Long p99, Double throughput, DeliveryGuarantee guarantee, Duration freshness) {
        return new SloProfile.Slo(p99, throughput, guarantee, freshness);
    }
}
