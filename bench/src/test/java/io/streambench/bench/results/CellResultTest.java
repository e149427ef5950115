package io.streambench.bench.results;

import io.streambench.api.json.Json;
import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.report.Fixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CellResultTest {
    @Test
    void aResultRebuiltFromItsBuilderIsTheSameAndWritesTheSameJson() {
        Stream.concat(Fixture.results().cells().stream(), Fixture.recoveryResults().cells().stream())
                .forEach(cell -> {
                    CellResult rebuilt = cell.toBuilder().build();
                    assertThat(rebuilt).isEqualTo(cell);
                    assertThat(Json.toJson(rebuilt)).isEqualTo(Json.toJson(cell));
                });
    }

    @Test
    void whatABuilderIsNotToldStaysNullOrEmpty() {
        CellResult failed = CellResult.failed("01-a", CellSettings.EMPTY, "no engine", "/tmp/01-a");

        assertThat(failed.status()).isEqualTo(CellStatus.FAILED);
        assertThat(failed.latency()).isNull();
        assertThat(failed.counters()).isEmpty();
        assertThat(failed.repeats()).isEmpty();
        assertThat(Json.toJson(failed)).doesNotContain("\"spread\"").contains("\"status\":\"failed\"")
                .contains("\"workDir\":\"/tmp/01-a\"");
    }

    @Test
    void theClusterACellRanOnAndItsEngineGaugesReadBackFromJson() throws Exception {
        EngineCluster cluster = new EngineCluster(EngineCluster.PROJECT, "flink", "127.0.0.1:8081",
                "http://127.0.0.1:8081", 2, 2, List.of(new EngineCluster.Process("coordinator", 11),
                new EngineCluster.Process("worker-1", 12), new EngineCluster.Process("worker-2", 13)), 21.5);
        CellResult.Sustain sustain = new CellResult.Sustain(true, "kept up", 0, 0.0,
                List.of(new CellResult.BacklogSample(1, 10, 10, 0, Map.of("backpressured-ms-per-second", 420L))),
                List.of());
        CellResult cell = CellResult.builder("01-a", CellSettings.EMPTY, CellStatus.OK).cluster(cluster)
                .sustain(sustain).build();

        CellResult read = Json.json().readValue(Json.toJson(cell), CellResult.class);

        assertThat(read.cluster()).isEqualTo(cluster);
        assertThat(read.sustain().backlog().get(0).engine()).containsEntry("backpressured-ms-per-second", 420L);
        assertThat(Json.toJson(new CellResult.BacklogSample(1, 10, 10, 0))).doesNotContain("engine");
    }
}
