package io.streambench.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive the build made, unpacked in an empty directory and run from another working directory, as on a
 * measurement machine with a JDK and the services but neither the source tree nor Maven.
 */
@Tag("integration")
class DistributionIT {
    private static final Duration LIST_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);

    @TempDir
    static Path unpacked;
    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("streambench.archive"));
        assertThat(archive).isRegularFile();
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString())
                .redirectErrorStream(true).redirectOutput(unpacked.resolve("tar.log").toFile()).start();
        assertThat(tar.waitFor(2, TimeUnit.MINUTES)).as("tar finishes").isTrue();
        assertThat(tar.exitValue()).as("tar's exit code, see tar.log").isZero();
        try (Stream<Path> entries = Files.list(unpacked)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Test
    void everyClassPathIsRelativeAndComplete() throws IOException {
        for (String process : List.of("cli", "kafka-server", "flink", "spark", "kafka-streams")) {
            Path lib = home.resolve("lib").resolve(process);
            List<String> entries = Arrays.asList(Files.readString(lib.resolve("classpath.txt")).strip()
                    .split(File.pathSeparator));
            assertThat(entries).as(process).isNotEmpty().allSatisfy(entry -> {
                assertThat(entry).startsWith("./");
                assertThat(lib.resolve(entry)).isRegularFile();
            });
        }
        assertThat(home.resolve("engines/flink.properties")).isRegularFile();
        assertThat(home.resolve("engines/spark.properties")).isRegularFile();
        assertThat(home.resolve("engines/kafka-streams.properties")).isRegularFile();
    }

    @Test
    void listDescribesEveryEngineFromItsDescriptor() throws Exception {
        Result list = streambench(LIST_TIMEOUT, "list");

        assertThat(list.exitCode()).as(list.output()).isZero();
        assertThat(list.output()).contains("flink    1.20.5").contains("spark    4.1.3").contains("kafka-streams 4.1.2")
                .doesNotContain("not available");
    }

    @Test
    void oneCellRunsAndIsExact() throws Exception {
        Path output = unpacked.resolve("results");

        Result run = streambench(RUN_TIMEOUT, "run", "--engine", "flink", "--broker", "kafka", "--pipeline",
                "clicks-per-page-tumbling", "--mode", "batch", "--events", "20000", "--output", output.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode cell = new ObjectMapper().readTree(output.resolve("results.json").toFile()).path("cells").get(0);
        assertThat(cell.path("status").asText()).as(run.output()).isEqualTo("ok");
        assertThat(cell.path("correctness").path("exact").asBoolean()).isTrue();
        assertThat(cell.path("correctness").path("matched").asInt()).isPositive();
        assertThat(output.resolve("report.html")).isRegularFile();
    }

    /** Runs bin/streambench from a working directory of its own, with nothing of the build on its path. */
    private static Result streambench(Duration timeout, String... arguments) throws Exception {
        Path workingDirectory = Files.createTempDirectory(unpacked, "cwd");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/streambench").toString()));
        command.addAll(List.of(arguments));
        Path log = workingDirectory.resolve("output.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            throw new AssertionError("bin/streambench " + String.join(" ", arguments) + " did not finish within "
                    + timeout + ":\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    private record Result(int exitCode, String output) {
    }
}
