package io.streambench.bench.run;

import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.LatencySummary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ThroughputSearchTest {
    private static CellResult probe(String status, long behindMillis, long backlog, double p99) {
        LatencySummary latency = new LatencySummary(100, p99 / 2, p99 * 0.9, p99, p99, 0, p99, 0);
        return new CellResult("p", CellSettings.EMPTY, status, status.equals(CellResult.OK) ? null : "3 missing",
                null, null, new CellResult.Latency("on-watermark", latency, latency, latency, latency, latency, 120,
                true, new CellResult.Decomposition(0, 0, 0, p99 / 2), 0, 0),
                new CellResult.Throughput(1_000, 1_000, behindMillis, 1_000.0, backlog, null, null, null, List.of()),
                null, null, null, null, Map.of(), null, List.of(), null, null);
    }

    @Test
    void aProbeIsSustainedWhenLoaderBacklogAndLatencyAllHold() {
        assertThat(ThroughputSearch.judge(probe(CellResult.OK, 10, 1_500, 900), 1_000, 1_000).sustained()).isTrue();
    }

    @Test
    void eachBrokenConditionIsNamed() {
        CellResult.Probe slow = ThroughputSearch.judge(probe(CellResult.OK, 5_000, 9_000, 4_000), 1_000, 1_000);
        assertThat(slow.sustained()).isFalse();
        assertThat(slow.why()).contains("loader fell 5000 ms behind").contains("backlog 9000 > 2000")
                .contains("p99 4000 ms > SLO 1000 ms");
    }

    @Test
    void wrongResultsAreNeverSustained() {
        CellResult.Probe wrong = ThroughputSearch.judge(probe(CellResult.WRONG, 0, 0, 10), 1_000, 1_000);
        assertThat(wrong.sustained()).isFalse();
        assertThat(wrong.why()).isEqualTo("wrong: 3 missing");
    }
}
