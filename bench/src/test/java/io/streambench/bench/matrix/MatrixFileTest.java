package io.streambench.bench.matrix;

import io.streambench.api.json.ConfigException;
import io.streambench.api.json.Json;
import io.streambench.api.run.Emission;
import io.streambench.api.run.ExecutionMode;
import io.streambench.bench.fault.Fault;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatrixFileTest {
    private static final String MATRIX = """
            name: small
            defaults:
              pipeline: clicks-per-page-tumbling
              rate: 2000
              duration: 45s
            axes:
              engine: [flink, spark]
              broker: [kafka, rabbitmq-stream]
              mode: [batch, continuous]
            cells:
              - {engine: spark, broker: kafka, mode: "microbatch:2s", rate: 5000, events: 1000}
            """;

    @Test
    void axesGiveTheirCrossProductAndCellsInheritTheDefaults() {
        List<CellSettings> cells = Json.fromYaml(MATRIX, MatrixFile.class, "small.yaml").expand();
        assertThat(cells).hasSize(9);
        assertThat(cells.get(0)).extracting(CellSettings::engine, CellSettings::broker, CellSettings::mode,
                CellSettings::rate, CellSettings::pipeline)
                .containsExactly("flink", "kafka", ExecutionMode.batch(), 2000.0, "clicks-per-page-tumbling");
        CellSettings extra = cells.get(8);
        assertThat(extra.rate()).isEqualTo(5000.0);
        assertThat(extra.events()).isEqualTo(1000);
        assertThat(extra.duration()).as("events replace the default duration").isNull();
    }

    @Test
    void anEmissionCanBeAnAxisAndIsCheckedWhenTheFileIsRead() {
        String emissions = MATRIX.replace("  mode: [batch, continuous]", "  mode: [continuous]\n  emission: [final, "
                + "on-watermark]");
        List<CellSettings> cells = Json.fromYaml(emissions, MatrixFile.class, "small.yaml").expand();
        assertThat(cells).extracting(CellSettings::emission).startsWith(Emission.FINAL, Emission.ON_WATERMARK)
                .endsWith((Emission) null);
        assertThat(cells.get(0).label()).endsWith("-final");
        assertThatThrownBy(() -> Json.fromYaml(emissions.replace("final,", "finally,"), MatrixFile.class, "small.yaml"))
                .hasMessageContaining("unknown emission 'finally'").hasMessageContaining("on-watermark, final, "
                        + "every-trigger");
        assertThatThrownBy(() -> Json.fromYaml(emissions.replace("final,", "on-completion,"), MatrixFile.class,
                "small.yaml")).hasMessageContaining("emission 'on-completion' follows from the pipeline");
    }

    @Test
    void theLoadersCpusAreADefaultLikeAnyOtherAndMustBeACpuList() {
        String pinned = MATRIX.replace("  duration: 45s\n", "  duration: 45s\n  loaderCpus: 0,2-3\n");
        assertThat(Json.fromYaml(pinned, MatrixFile.class, "small.yaml").expand()).extracting(CellSettings::loaderCpus)
                .containsOnly("0,2-3");
        assertThatThrownBy(() -> Json.fromYaml(pinned.replace("0,2-3", "two"), MatrixFile.class, "small.yaml"))
                .hasMessageContaining("loaderCpus must be a CPU list such as 1 or 0,2-3, was 'two'");
    }

    @Test
    void clientPropertiesArePerBrokerAndACellsWinOverTheDefaultsKeyByKey() {
        String tuned = MATRIX.replace("  duration: 45s\n", """
                  duration: 45s
                  clientProperties:
                    kafka: {max.partition.fetch.bytes: "8388608", fetch.min.bytes: "1"}
                """).replace("events: 1000}", "events: 1000, clientProperties: {kafka: {fetch.min.bytes: \"65536\"}, "
                + "rabbitmq: {connection.heartbeat: \"30\"}}}");
        List<CellSettings> cells = Json.fromYaml(tuned, MatrixFile.class, "small.yaml").expand();

        assertThat(cells.get(0).clientPropertiesOf("kafka")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "max.partition.fetch.bytes", "8388608", "fetch.min.bytes", "1"));
        CellSettings own = cells.get(cells.size() - 1);
        assertThat(own.clientPropertiesOf("kafka")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "max.partition.fetch.bytes", "8388608", "fetch.min.bytes", "65536"));
        assertThat(own.clientPropertiesOf("rabbitmq")).containsExactly(Map.entry("connection.heartbeat", "30"));
        assertThatThrownBy(() -> Json.fromYaml(tuned.replace("rabbitmq: {", "rabbit: {"), MatrixFile.class,
                "small.yaml")).hasMessageContaining("clientProperties are per broker, kafka or rabbitmq; 'rabbit'");
        assertThatThrownBy(() -> Json.fromYaml(tuned.replace("connection.heartbeat", "connection.hartbeat"),
                MatrixFile.class, "small.yaml")).hasMessageContaining("unknown rabbitmq client property "
                + "'connection.hartbeat'");
    }

    @Test
    void aTypoIsNamedWithItsLine() {
        assertThatThrownBy(() -> Json.fromYaml(MATRIX.replace("  rate: 2000", "  rat: 2000"), MatrixFile.class, "small.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("small.yaml: line 4: unknown key 'rat' in defaults");
        assertThatThrownBy(() -> Json.fromYaml(MATRIX.replace("axes:", "axis:"), MatrixFile.class, "small.yaml"))
                .hasMessageContaining("unknown key 'axis'");
        assertThatThrownBy(() -> Json.fromYaml(MATRIX.replace("events: 1000}", "events: 1000, duration: 5s}"),
                MatrixFile.class, "small.yaml")).hasMessageContaining("set either events or duration, not both");
    }

    @Test
    void aMatrixCanBeNarrowedToSomeEnginesAndBrokersKeepingItsProfiles() {
        MatrixFile demo = MatrixFile.read(Path.of("matrices/demo.yaml"));

        MatrixFile flinkOnRabbit = demo.only(List.of("flink"), List.of("rabbitmq"));

        assertThat(flinkOnRabbit.expand()).extracting(CellSettings::engine, CellSettings::broker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("flink", "rabbitmq-quorum"));
        assertThat(flinkOnRabbit.expand().get(0).pipeline()).isEqualTo("clicks-per-page-500ms");
        assertThat(flinkOnRabbit.profiles()).isEqualTo(demo.profiles());
        assertThat(flinkOnRabbit.description()).endsWith("(only the cells on flink and rabbitmq)");
        assertThatThrownBy(() -> demo.only(List.of("storm"), List.of()))
                .hasMessageContaining("matrix 'demo' has no cell on engine [storm]");
    }

    @Test
    void cellsAProfileJudgesRunThreeTimesUnlessARepeatIsSet() {
        String judged = MATRIX + """
                  - {engine: flink, broker: kafka, mode: continuous, pipeline: enriched-clicks}
                  - {engine: flink, broker: kafka, mode: batch, repeat: 1}
                profiles:
                  - {name: dashboard, pipeline: clicks-per-page-tumbling, slo: {maxFreshness: 1h}}
                """;

        List<CellSettings> cells = Json.fromYaml(judged, MatrixFile.class, "judged.yaml").expand();

        assertThat(cells.subList(0, 9)).as("the profile's pipeline").extracting(CellSettings::repeat)
                .containsOnly(MatrixFile.JUDGED_CELL_REPEAT);
        assertThat(cells.get(9).repeat()).as("another pipeline, judged by no profile").isNull();
        assertThat(cells.get(10).repeat()).as("an explicit repeat wins").isEqualTo(1);
        assertThat(Json.fromYaml(judged.replace("  duration: 45s", "  duration: 45s\n  repeat: 2"), MatrixFile.class,
                "judged.yaml").expand()).extracting(CellSettings::repeat).as("so does the defaults'")
                .containsExactly(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1);
        assertThat(Json.fromYaml(MATRIX, MatrixFile.class, "small.yaml").expand()).as("no profile, no repeats")
                .extracting(CellSettings::repeat).containsOnlyNulls();
    }

    @Test
    void aProfileWithoutAPipelineJudgesEveryCellAndNarrowingKeepsTheRepeats() {
        MatrixFile everyCell = Json.fromYaml(MATRIX + """
                profiles:
                  - {name: anything, slo: {p99LatencyMs: 1000}}
                """, MatrixFile.class, "small.yaml");

        assertThat(everyCell.expand()).extracting(CellSettings::repeat).containsOnly(MatrixFile.JUDGED_CELL_REPEAT);
        assertThat(everyCell.only(List.of("spark"), List.of()).expand()).hasSize(5)
                .extracting(CellSettings::repeat).containsOnly(MatrixFile.JUDGED_CELL_REPEAT);
    }

    @Test
    void theDemoRunsEachCellOnceToStayShort() {
        MatrixFile demo = MatrixFile.read(Path.of("matrices/demo.yaml"));

        assertThat(demo.profiles()).isNotEmpty();
        assertThat(demo.expand()).extracting(CellSettings::repeat).containsOnly(1);
    }

    @Test
    void aFaultIsReadAsAFaultAndWrittenAsItsText() {
        MatrixFile faulted = Json.fromYaml(MATRIX.replace("events: 1000}", "events: 1000, fault: \"poison:5@20s\"}"),
                MatrixFile.class, "small.yaml");
        CellSettings cell = faulted.expand().get(faulted.expand().size() - 1);

        assertThat(cell.fault()).isEqualTo(Fault.parse("poison:5@20s"));
        assertThat(cell.label()).endsWith("-poison-5-20s");
        assertThat(Json.toJson(cell)).contains("\"fault\":\"poison:5@20s\"");
        assertThat(Json.fromJson(Json.toJson(cell), CellSettings.class, "results.json")).isEqualTo(cell);
        assertThatThrownBy(() -> Json.fromYaml(MATRIX.replace("events: 1000}", "events: 1000, fault: crash@20s}"),
                MatrixFile.class, "small.yaml")).hasMessageContaining("unknown fault 'crash@20s'");
    }

    @Test
    void everyMatrixFileOfTheProjectReads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("matrices"))) {
            List<Path> matrices = files.filter(file -> file.toString().endsWith(".yaml")).toList();
            assertThat(matrices).isNotEmpty();
            for (Path file : matrices) {
                assertThat(MatrixFile.read(file).expand()).as(file.toString()).isNotEmpty();
            }
        }
    }
}
