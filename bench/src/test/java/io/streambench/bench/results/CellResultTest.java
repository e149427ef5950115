package io.streambench.bench.results;

import io.streambench.api.engine.EngineSample;
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
    void aResultOfSchema3TakesTheResolvedSettingsFromItsCellAndIsWrittenWithThem() {
        CellResult old = Fixture.results().cells().get(0);

        assertThat(old.resolved()).isEqualTo(old.cell().resolved());
        String written = Json.toJson(old);
        assertThat(written).contains("\"resolved\":{\"guarantee\":");
        CellResult read = Json.fromJson(written, CellResult.class, "results.json");
        assertThat(read.resolved()).isEqualTo(old.resolved());
        assertThat(read.resolved().settings()).as("the result's own cell").isEqualTo(old.cell());
    }

    @Test
    void theResolvedSettingsReadBackAreTheOnesWrittenNotThisVersionsDefaults() {
        CellResult old = Fixture.results().cells().get(0);
        String json = Json.toJson(old);
        int resolved = json.lastIndexOf("\"resolved\":");
        String written = json.substring(0, resolved)
                + json.substring(resolved).replaceFirst("\"parallelism\":\\d+", "\"parallelism\":17");

        CellResult read = Json.fromJson(written, CellResult.class, "results.json");

        assertThat(read.resolved().parallelism()).isEqualTo(17);
    }

    @Test
    void aResultGivenAnotherCellResolvesThatCellsSettingsAndFileOfOldSchemaGetsTheSinkPartitionsOfItsTime() {
        CellResult old = Fixture.results().cells().get(0);
        CellSettings wider = old.cell().toBuilder().parallelism(4).sinkPartitions(8).build();

        CellResult moved = old.toBuilder().cell(wider).build();

        assertThat(moved.resolved().parallelism()).isEqualTo(4);
        assertThat(moved.resolved().sinkPartitions()).isEqualTo(8);
        String withoutSinkPartitions = Json.toJson(old).replaceAll(",\"sinkPartitions\":\\d+", "");
        assertThat(withoutSinkPartitions).as("written before sinkPartitions existed").doesNotContain("sinkPartitions");
        assertThat(Json.fromJson(withoutSinkPartitions, CellResult.class, "results.json").resolved().sinkPartitions())
                .isEqualTo(old.resolved().parallelism());
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
    void theClusterACellRanOnAndItsEngineLoadReadBackFromJson() throws Exception {
        EngineCluster cluster = new EngineCluster(EngineCluster.PROJECT, "flink", "127.0.0.1:8081",
                "http://127.0.0.1:8081", 2, 2, List.of(new EngineCluster.Process("coordinator", 11),
                new EngineCluster.Process("worker-1", 12), new EngineCluster.Process("worker-2", 13)), 21.5);
        EngineLoad load = new EngineLoad(List.of(new EngineSample(1_000, List.of(new EngineSample.OperatorLoad(
                "Source: kafka", 2, 2000, 2000, 80, 420)), Map.of(EngineSample.CHECKPOINT_DURATION_MS, 35.0))), 1, true,
                "window", "back-pressured: Source: kafka waits 42 % of the time on window, which is 97 % busy");
        CellResult cell = CellResult.builder("01-a", CellSettings.EMPTY, CellStatus.OK).cluster(cluster)
                .engineLoad(load).build();

        CellResult read = Json.json().readValue(Json.toJson(cell), CellResult.class);

        assertThat(read.cluster()).isEqualTo(cluster);
        assertThat(read.engineLoad()).isEqualTo(load);
    }
}
