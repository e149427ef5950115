package io.streambench.bench.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code run --dry-run} lists what a matrix would do, with the engines' own refusals, and starts nothing. */
@Tag("integration")
class DryRunTest {

    @TempDir
    Path workspace;

    @Test
    void aDryRunListsTheCellsTheUnsupportedOnesWithTheirReasonAndAnEstimate() throws Exception {
        Path matrix = Files.writeString(workspace.resolve("matrix.yaml"), """
                name: plan
                defaults: {broker: kafka, pipeline: clicks-per-page-tumbling, rate: 1000, duration: 60s}
                cells:
                  - {engine: flink, mode: continuous}
                  - {engine: flink, mode: "microbatch:2s"}
                  - {engine: spark, mode: "microbatch:2s", repeat: 3}
                  - {engine: spark, mode: "microbatch:2s", guarantee: exactly-once, sink: postgres}
                  - {engine: spark, mode: "microbatch:2s", guarantee: exactly-once, sink: kafka}
                """);
        Path output = workspace.resolve("run");

        CliRun run = CliRun.of("run", "--matrix", matrix.toString(), "--dry-run", "--home", CliRun.HOME.toString(),
                "--output", output.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("plan of matrix 'plan': 5 cells")
                .containsPattern("01-flink-kafka-clicks-per-page-tumbling-continuous\\s+runs, about 2 min")
                .containsPattern("02-flink-kafka-clicks-per-page-tumbling-microbatch-2s\\s+unsupported: ")
                .containsPattern("03-spark-kafka-clicks-per-page-tumbling-microbatch-2s\\s+runs, about 5 min")
                .as("refusals that depend on the sink are judged by the cell's sink, not the pipeline's")
                .containsPattern("04-spark-kafka-clicks-per-page-tumbling-microbatch-2s-postgres\\s+runs, about")
                .containsPattern("05-spark-kafka-clicks-per-page-tumbling-microbatch-2s-kafka\\s+unsupported: spark: "
                        + "exactly-once writes into Kafka topics")
                .containsPattern("3 of 5 cells would run, in about \\d+ min \\(estimated; nothing was started\\)");
        assertThat(output).doesNotExist();
    }

    @Test
    void cellsIntoIcebergAreJudgedByTheIcebergSink() throws Exception {
        Path matrix = Files.writeString(workspace.resolve("iceberg.yaml"), """
                name: lake
                defaults: {broker: kafka, pipeline: enriched-clicks, rate: 1000, duration: 60s, sink: iceberg}
                cells:
                  - {engine: flink, mode: continuous}
                  - {engine: spark, mode: "microbatch:2s", guarantee: exactly-once}
                  - {engine: spark, mode: continuous}
                """);

        CliRun run = CliRun.of("run", "--matrix", matrix.toString(), "--dry-run", "--home", CliRun.HOME.toString(),
                "--output", workspace.resolve("run").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("01-flink-kafka-enriched-clicks-continuous-iceberg\\s+runs, about")
                .containsPattern("02-spark-kafka-enriched-clicks-microbatch-2s-iceberg\\s+runs, about")
                .containsPattern("03-spark-kafka-enriched-clicks-continuous-iceberg\\s+unsupported: spark: Iceberg "
                        + "table sinks in continuous mode are not supported");
    }
}
