package io.streambench.bench.run;

import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.LatencySummary;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThroughputSearchTest {
    private static final CellResult.Sustain KEPT_UP = new CellResult.Sustain(true, "kept up", 0, 0.0, List.of(),
            List.of());

    private static CellResult probe(CellStatus status, long behindMillis, long backlog, double p99) {
        return probe(status, behindMillis, backlog, p99, KEPT_UP);
    }

    private static CellResult probe(CellStatus status, long behindMillis, long backlog, double p99,
                                    CellResult.Sustain sustain) {
        LatencySummary latency = new LatencySummary(100, p99 / 2, p99 * 0.9, p99, p99, 0, p99, 0);
        return CellResult.builder("p", CellSettings.EMPTY, status).reason(status == CellStatus.OK ? null : "3 missing")
                .latency(new CellResult.Latency("on-watermark", latency, latency, latency, latency, latency, 120,
                        true, new CellResult.Decomposition(0, 0, 0, p99 / 2), 0, 0))
                .throughput(new CellResult.Throughput(1_000, 1_000, behindMillis, 1_000.0, backlog, null, null, null,
                        null, null, null, List.of()))
                .sustain(sustain).build();
    }

    @Test
    void aProbeIsSustainedWhenTheEngineKeptUpWithinTheSlo() {
        CellResult.Probe probe = ThroughputSearch.judge(probe(CellStatus.OK, 10, 1_500, 900), 1_000, 1_000);
        assertThat(probe.sustained()).isTrue();
        assertThat(probe.inconclusive()).isFalse();
    }

    @Test
    void aLatencyOverTheSloIsNamed() {
        CellResult.Probe slow = ThroughputSearch.judge(probe(CellStatus.OK, 0, 0, 4_000), 1_000, 1_000);
        assertThat(slow.sustained()).isFalse();
        assertThat(slow.why()).contains("p99 4000 ms > SLO 1000 ms");
    }

    @Test
    void anEngineThatFellBehindIsNotSustainedWithTheReason() {
        CellResult.Probe behind = ThroughputSearch.judge(probe(CellStatus.NOT_SUSTAINED, 0, 9_000, 900), 1_000,
                1_000);
        assertThat(behind.sustained()).isFalse();
        assertThat(behind.inconclusive()).isFalse();
        assertThat(behind.why()).startsWith("not-sustained");
    }

    @Test
    void aLoaderBehindItsScheduleMakesTheProbeInconclusiveWhateverTheEngineDid() {
        CellResult.Probe probe = ThroughputSearch.judge(probe(CellStatus.NOT_SUSTAINED, 5_000, 9_000, 4_000), 1_000,
                1_000);
        assertThat(probe.sustained()).isFalse();
        assertThat(probe.inconclusive()).isTrue();
        assertThat(probe.why()).contains("inconclusive").contains("loader fell 5000 ms behind");
    }

    @Test
    void aProbeTooShortToJudgeIsNotCountedAsSustained() {
        CellResult.Sustain unjudged = new CellResult.Sustain(null, "not judged: 2 backlog readings", 0, null,
                List.of(), List.of());
        CellResult.Probe probe = ThroughputSearch.judge(probe(CellStatus.OK, 0, 0, 100, unjudged), 1_000, 1_000);
        assertThat(probe.sustained()).isFalse();
        assertThat(probe.why()).contains("not judged");
    }

    @Test
    void probesCoverWholeWindows() {
        assertThat(ThroughputSearch.wholeWindows(Duration.ofSeconds(40), Duration.ofSeconds(10)))
                .isEqualTo(Duration.ofSeconds(40));
        assertThat(ThroughputSearch.wholeWindows(Duration.ofSeconds(41), Duration.ofSeconds(10)))
                .isEqualTo(Duration.ofSeconds(50));
        assertThat(ThroughputSearch.wholeWindows(Duration.ofSeconds(3), Duration.ofSeconds(10)))
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void wrongResultsAreNeverSustained() {
        CellResult.Probe wrong = ThroughputSearch.judge(probe(CellStatus.WRONG, 0, 0, 10), 1_000, 1_000);
        assertThat(wrong.sustained()).isFalse();
        assertThat(wrong.why()).isEqualTo("wrong: 3 missing");
    }
}
