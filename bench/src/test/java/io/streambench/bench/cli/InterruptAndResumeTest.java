package io.streambench.bench.cli;

import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl-C (SIGINT) to the CLI in the middle of a matrix keeps the cells that finished in results.json, marks the one
 * that ran as interrupted and exits with 130, leaving no process behind; {@code run --resume} then runs only what did
 * not finish, into the same directory.
 */
@Tag("integration")
class InterruptAndResumeTest {
    private static final Duration PHASE = Duration.ofMinutes(3);

    @TempDir
    Path workspace;

    @Test
    void anInterruptedMatrixKeepsItsFinishedCellsAndResumesWithTheRest() throws Exception {
        Path matrix = Files.writeString(workspace.resolve("matrix.yaml"), """
                name: interrupt-and-resume
                defaults: {engine: flink, broker: kafka, pipeline: clicks-per-page-tumbling, parallelism: 1}
                cells:
                  - {mode: batch, events: 20000}
                  - {mode: continuous, rate: 500, duration: 15s, warmup: 5s}
                """);
        Path output = workspace.resolve("run");
        Path results = output.resolve("results.json");

        Process cli = cli("run", "--matrix", matrix.toString(), "--output", output.toString());
        List<ProcessHandle> forked;
        try {
            await(() -> Files.exists(results) && ResultsFile.read(results).cells().size() == 1, "the first cell's results");
            await(() -> runsSecondCellsEngine(cli), "the second cell's engine");
            forked = cli.descendants().toList();
            new ProcessBuilder("kill", "-INT", Long.toString(cli.pid())).start().waitFor();
            assertThat(cli.waitFor(1, TimeUnit.MINUTES)).as("the CLI ended after Ctrl-C").isTrue();
        } finally {
            cli.destroyForcibly();
        }

        assertThat(cli.exitValue()).isEqualTo(ExitCodes.INTERRUPTED);
        ResultsFile interrupted = ResultsFile.read(results);
        assertThat(interrupted.finishedAt()).isNull();
        assertThat(interrupted.cells()).extracting(CellResult::status)
                .containsExactly(CellStatus.OK, CellStatus.INTERRUPTED);
        await(() -> forked.stream().noneMatch(ProcessHandle::isAlive), "every forked JVM to exit");

        Process resumed = cli("run", "--resume", output.toString());
        assertThat(resumed.waitFor(5, TimeUnit.MINUTES)).as("the resumed run ended").isTrue();
        String log = Files.readString(workspace.resolve("cli.log"));
        assertThat(resumed.exitValue()).as(log).isEqualTo(ExitCodes.OK);

        ResultsFile complete = ResultsFile.read(results);
        assertThat(complete.finishedAt()).isNotNull();
        assertThat(complete.cells()).extracting(CellResult::status).containsExactly(CellStatus.OK, CellStatus.OK);
        assertThat(complete.cells().get(0)).as("the finished cell, taken over rather than run again")
                .isEqualTo(interrupted.cells().get(0));
    }

    private Process cli(String... arguments) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Streambench.class.getName()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--home", CliRun.HOME.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workspace.resolve("cli.log").toFile()).start();
    }

    /**
     * An engine JVM logs into its cell's directory (cells/02-...), as a JVM option before the class path: a long
     * command line may be cut short where the JDK reads it.
     */
    private static boolean runsSecondCellsEngine(Process cli) {
        return cli.descendants().map(process -> process.info().commandLine().orElse(""))
                .anyMatch(command -> command.contains("-Dio.streambench.role=flink-engine")
                        && command.contains("/cells/02-"));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PHASE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %d s for %s", PHASE.toSeconds(), what).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
