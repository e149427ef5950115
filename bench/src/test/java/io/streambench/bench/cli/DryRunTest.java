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
                """);
        Path output = workspace.resolve("run");

        CliRun run = CliRun.of("run", "--matrix", matrix.toString(), "--dry-run", "--home", CliRun.HOME.toString(),
                "--output", output.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("plan of matrix 'plan': 3 cells")
                .containsPattern("01-flink-kafka-clicks-per-page-tumbling-continuous\\s+runs, about 2 min")
                .containsPattern("02-flink-kafka-clicks-per-page-tumbling-microbatch-2s\\s+unsupported: ")
                .containsPattern("03-spark-kafka-clicks-per-page-tumbling-microbatch-2s\\s+runs, about 5 min")
                .contains("2 of 3 cells would run, in about 7 min (estimated; nothing was started)");
        assertThat(output).doesNotExist();
    }
}
