package io.streambench.bench.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI killed with SIGKILL mid-cell (an OOM killer, a CI job's hard stop) runs no shutdown hook, yet every JVM it
 * forked (the Kafka broker, the loader, the engine and, with {@code --engines cluster}, the cluster's JobManager and
 * TaskManagers) sees its standard input end and exits by itself.
 */
@Tag("integration")
class NoOrphansTest {
    /** A cluster starts three JVMs before the engine; on a loaded machine that took more than three minutes. */
    private static final Duration ENGINE_START = Duration.ofMinutes(5);
    private static final Duration ORPHANS_GONE = Duration.ofSeconds(10);

    @ParameterizedTest(name = "--engines {0}")
    @ValueSource(strings = {"local", "cluster"})
    void aCliKilledWithSigkillMidCellLeavesNoProcessBehind(String engines, @TempDir Path output) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process cli = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Streambench.class.getName(), "run", "--home", CliRun.HOME.toString(), "--engine", "flink", "--broker", "kafka",
                "--pipeline", "clicks-per-page-tumbling", "--mode", "continuous", "--rate", "500", "--duration", "5m",
                "--engines", engines, "--output", output.resolve("run").toString())
                .redirectErrorStream(true).redirectOutput(output.resolve("cli.log").toFile()).start();
        List<ProcessHandle> forked = List.of();
        try {
            long deadline = System.nanoTime() + ENGINE_START.toNanos();
            while (!runsEngine(cli) && System.nanoTime() < deadline && cli.isAlive()) {
                Thread.sleep(200);
            }
            assertThat(runsEngine(cli)).as("the engine JVM started under the CLI").isTrue();
            Thread.sleep(3_000);
            forked = cli.descendants().toList();
            assertThat(forked).as("the broker, the loader and the engine, and a cluster's three processes")
                    .hasSizeGreaterThanOrEqualTo(engines.equals("cluster") ? 6 : 3);

            cli.destroyForcibly();
            assertThat(cli.waitFor(10, TimeUnit.SECONDS)).isTrue();
            long gone = System.nanoTime() + ORPHANS_GONE.toNanos();
            while (forked.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < gone) {
                Thread.sleep(200);
            }

            assertThat(forked.stream().filter(ProcessHandle::isAlive).map(NoOrphansTest::describe).toList())
                    .as("processes still running %d s after the CLI was killed", ORPHANS_GONE.toSeconds()).isEmpty();
        } finally {
            cli.destroyForcibly();
            forked.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /**
     * An engine running the cell's job logs to the cell's engine.log (not the scratch file of a capability query),
     * told by a JVM option before the class path: a long command line may be cut short where the JDK reads it.
     */
    private static boolean runsEngine(Process cli) {
        return cli.descendants().map(NoOrphansTest::describe)
                .anyMatch(command -> command.contains("-Dio.streambench.role=flink-engine")
                        && command.contains("/cells/") && command.contains("engine.log"));
    }

    private static String describe(ProcessHandle process) {
        return process.pid() + " " + process.info().commandLine().orElse("?");
    }
}
