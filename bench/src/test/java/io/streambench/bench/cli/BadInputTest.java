package io.streambench.bench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mistake in a run's input is caught before anything starts (no broker, no engine, no results directory), with
 * exit code 2 and a message naming what is wrong and what was meant.
 */
class BadInputTest {
    @TempDir
    Path output;

    @Test
    void aMistypedEngineIsRefusedWithTheNearestName() {
        CliRun run = refused("--engine", "flinkk");

        assertThat(run.err()).contains("unknown engine 'flinkk': did you mean 'flink'? (known: flink, kafka-streams, spark)");
    }

    @Test
    void anUnknownSinkIsRefusedWithTheKnownOnes() {
        CliRun run = refused("--sink", "s3");

        assertThat(run.err()).contains("unknown sink 's3' (known: kafka, postgres, files, iceberg)");
    }

    @Test
    void aShortenedPipelineNameIsRefusedWithTheReadyPipelinesItCouldMean() {
        CliRun run = refused("--pipeline", "clicks-per-pag");

        assertThat(run.err()).contains("unknown pipeline 'clicks-per-pag': did you mean 'clicks-per-page-500ms' or "
                + "'clicks-per-page-tumbling'?").contains("examples/pipelines/");
    }

    @Test
    void degenerateAndAbsurdLoadsAreRefusedWithTheirBounds() {
        assertThat(refused("--duration", "0s").err()).contains("duration must be between 1s and 24h, was 0ms");
        assertThat(refused("--duration", "99999999h").err()).contains("duration must be between 1s and 24h");
        assertThat(refused("--events", "0", "--duration", null).err()).contains("events must be between 1 and");
    }

    @Test
    void everyProblemOfACellIsToldAtOnce() {
        CliRun run = refused("--engine", "sparkk", "--sink", "s4");

        assertThat(run.err()).contains("unknown engine 'sparkk'").contains("unknown sink 's4'");
    }

    @Test
    void generatingNoEventsIsRefused() {
        CliRun run = CliRun.of("generate", "--events", "-5", "--out", output.resolve("events.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--events must be at least 1, was -5");
        assertThat(output.resolve("events.jsonl")).doesNotExist();
    }

    @Test
    void anOutputDirectoryHoldingAnEarlierRunIsRefusedUnlessOverwriteIsGiven() throws IOException {
        Files.writeString(output.resolve("results.json"), "{}");

        CliRun valid = CliRun.of("run", "--engine", "flink", "--broker", "kafka", "--pipeline", "clicks-per-page-tumbling",
                "--mode", "continuous", "--output", output.toString(), "--home", CliRun.HOME.toString());
        assertThat(valid.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(valid.err()).contains("is not empty (it holds an earlier run)").contains("--overwrite");
        assertThat(Files.readString(output.resolve("results.json"))).isEqualTo("{}");
    }

    @Test
    void anOutputDirectoryThatCannotBeCreatedIsOneLineNotAStackTrace() throws IOException {
        Path file = Files.writeString(output.resolve("a-file"), "");

        CliRun run = CliRun.of("run", "--engine", "flink", "--broker", "kafka", "--pipeline", "clicks-per-page-tumbling",
                "--mode", "continuous", "--output", file.resolve("results").toString(), "--home",
                CliRun.HOME.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("streambench: cannot create --output " + file.resolve("results"))
                .hasLineCount(1);
    }

    @Test
    void theExitCodesAreInTheHelp() {
        CliRun help = CliRun.of("run", "--help");

        assertThat(help.out()).contains("Exit codes:").containsPattern("\\s2\\s+bad input")
                .containsPattern("\\s3\\s+nothing ran").containsPattern("\\s130\\s+interrupted");
    }

    /** A valid Flink/Kafka cell with one option replaced (a null value drops the option). */
    private CliRun refused(String... override) {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("--engine", "flink");
        options.put("--broker", "kafka");
        options.put("--pipeline", "clicks-per-page-tumbling");
        options.put("--mode", "continuous");
        options.put("--duration", "10s");
        for (int i = 0; i < override.length; i += 2) {
            options.put(override[i], override[i + 1]);
        }
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("run", "--home",
                CliRun.HOME.toString()));
        options.forEach((option, value) -> {
            if (value != null) {
                args.add(option);
                args.add(value);
            }
        });
        Path runOutput = output.resolve("run");
        args.addAll(java.util.List.of("--output", runOutput.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(runOutput).as("nothing was started").doesNotExist();
        return run;
    }
}
