package io.streambench.bench.run;

import io.streambench.bench.results.CellResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SustainJudgementTest {
    private static final double RATE = 2_000;

    /** A backlog that starts at {@code start} and changes by {@code perSecond}, with a saw-tooth of lagging reports. */
    private static List<CellResult.BacklogSample> backlog(long start, double perSecond, int seconds) {
        List<CellResult.BacklogSample> samples = new ArrayList<>();
        for (int second = 0; second <= seconds; second++) {
            long lag = second % 3 == 0 ? 0 : 1_500;
            long backlog = Math.max(0, Math.round(start + perSecond * second) + lag);
            samples.add(new CellResult.BacklogSample(second, (long) (RATE * second), (long) (RATE * second) - backlog,
                    backlog));
        }
        return samples;
    }

    private static List<CellResult.LatencyPoint> latency(double startMillis, double perSecond, int seconds) {
        List<CellResult.LatencyPoint> points = new ArrayList<>();
        for (int second = 0; second <= seconds; second++) {
            double jitter = second % 2 == 0 ? 0 : 300;
            points.add(new CellResult.LatencyPoint(second, startMillis + perSecond * second + jitter));
        }
        return points;
    }

    @Test
    void anEngineThatKeepsUpIsSustainedDespiteLaggingReports() {
        CellResult.Sustain sustain = SustainJudgement.judge(backlog(0, 0, 60), latency(400, 0, 60), RATE, 10, 60);
        assertThat(sustain.sustained()).isTrue();
        assertThat(sustain.why()).startsWith("kept up with 2,000 ev/s");
    }

    @Test
    void aGrowingBacklogIsNotSustained() {
        // 444 messages a second more than it reads: the spark / stream-queue cell of the first demo
        CellResult.Sustain sustain = SustainJudgement.judge(backlog(0, 444, 60), latency(400, 0, 60), RATE, 10, 60);
        assertThat(sustain.sustained()).isFalse();
        assertThat(sustain.backlogGrowth()).isBetween(444 * 50 * 0.9, 444 * 50 * 1.1);
        assertThat(sustain.why()).startsWith("fell behind 2,000 ev/s: backlog grew by");
    }

    @Test
    void aRisingLatencyIsNotSustainedEvenWhenTheBacklogLooksFlat() {
        CellResult.Sustain sustain = SustainJudgement.judge(backlog(0, 0, 60), latency(400, 100, 60), RATE, 10, 60);
        assertThat(sustain.sustained()).isFalse();
        assertThat(sustain.latencyRiseMillis()).isBetween(4_500.0, 5_500.0);
        assertThat(sustain.why()).contains("latency rose by");
    }

    @Test
    void aLargeButSteadyLatencyIsNoTrend() {
        CellResult.Sustain sustain = SustainJudgement.judge(backlog(3_000, 0, 60), latency(5_000, 20, 60), RATE, 10,
                60);
        assertThat(sustain.sustained()).isTrue();
    }

    @Test
    void onlyTheMeasuredPeriodCounts() {
        // the backlog grows during the warm-up (the engine's first batch) and is flat after it
        List<CellResult.BacklogSample> samples = new ArrayList<>(backlog(0, 4_000, 10));
        backlog(40_000, 0, 50).forEach(sample -> samples.add(new CellResult.BacklogSample(sample.seconds() + 11,
                sample.written(), sample.read(), sample.backlog())));
        assertThat(SustainJudgement.judge(samples, List.of(), RATE, 11, 61).sustained()).isTrue();
    }

    @Test
    void aPeriodWithTooFewReadingsIsNotJudged() {
        CellResult.Sustain sustain = SustainJudgement.judge(backlog(0, 0, 3), List.of(), RATE, 0, 3);
        assertThat(sustain.sustained()).isNull();
        assertThat(sustain.why()).startsWith("not judged");
    }
}
