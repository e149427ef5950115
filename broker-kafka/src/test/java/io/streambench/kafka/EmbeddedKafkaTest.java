package io.streambench.kafka;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher: a real broker in another JVM that is gone after close, and clear errors when it cannot start. */
@Tag("integration")
class EmbeddedKafkaTest {
    private static final Duration GONE_WITHIN = Duration.ofSeconds(40);

    @TempDir
    Path workDir;

    @Test
    void runsInAJvmOfItsOwnUnderTheWorkDirectoryAndIsGoneAfterClose() throws Exception {
        long pid;
        Path data;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(workDir)) {
            pid = kafka.pid();
            assertThat(pid).isNotEqualTo(ProcessHandle.current().pid());
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
            assertThat(process.parent().map(ProcessHandle::pid)).contains(ProcessHandle.current().pid());
            assertThat(process.info().commandLine().orElse("")).contains("-Dio.streambench.role=kafka-broker");
            assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
            assertThat(kafka.logFile()).startsWith(workDir).isRegularFile();
            data = kafka.logFile().resolveSibling("data");
            assertThat(data.resolve("meta.properties")).as("formatted KRaft storage").isRegularFile();
        }
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("broker process after close").isEmpty();
        assertThat(data).doesNotExist();
    }

    @Test
    void aBrokerThatCannotStartReportsTheTailOfItsLogAndLeavesNoProcess() {
        assertThatThrownBy(() -> EmbeddedKafka.start(workDir, Map.of("num.io.threads", "0"), Duration.ofSeconds(60)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kafka broker exited with code")
                .hasMessageContaining("last lines of " + workDir)
                .hasMessageContaining("Invalid value 0 for configuration num.io.threads");
        assertThat(brokersStartedByThisJvm()).isEmpty();
    }

    @Test
    void aBrokerThatIsNotReadyInTimeIsStoppedAndReported() {
        assertThatThrownBy(() -> EmbeddedKafka.start(workDir, Map.of(), Duration.ofMillis(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kafka broker was not ready within 0 s")
                .hasMessageContaining("last lines of " + workDir);
        assertThat(brokersStartedByThisJvm()).isEmpty();
    }

    /** The JVM that started a broker is killed (no shutdown hooks run); the broker must stop by itself. */
    @Test
    void stopsWhenTheJvmThatStartedItIsKilled() throws Exception {
        ProcessBuilder starter = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dio.streambench.role=test-broker-starter", "-cp", System.getProperty("java.class.path"),
                StartBrokerAndWait.class.getName(), workDir.toString())
                .redirectError(workDir.resolve("starter.err").toFile());
        Process parent = starter.start();
        Optional<ProcessHandle> broker = Optional.empty();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            while (line != null && !line.startsWith("pid ")) {
                line = out.readLine();
            }
            assertThat(line).as("starter output (stderr: %s)", workDir.resolve("starter.err")).startsWith("pid ");
            broker = ProcessHandle.of(Long.parseLong(line.substring("pid ".length())));
            assertThat(broker).isPresent();
            parent.destroyForcibly();
            assertThat(parent.waitFor(GONE_WITHIN.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(broker.get().onExit().completeOnTimeout(null, GONE_WITHIN.toSeconds(), TimeUnit.SECONDS).get())
                    .as("the orphaned broker exits by itself").isNotNull();
        } finally {
            parent.destroyForcibly();
            broker.ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private static List<ProcessHandle> brokersStartedByThisJvm() {
        return ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().orElse("").contains("-Dio.streambench.role=kafka-broker"))
                .toList();
    }

    /** Started in a JVM of its own by {@link #stopsWhenTheJvmThatStartedItIsKilled}. */
    public static final class StartBrokerAndWait {
        public static void main(String[] args) throws Exception {
            EmbeddedKafka kafka = EmbeddedKafka.start(Files.createDirectories(Path.of(args[0])));
            System.out.println("pid " + kafka.pid());
            System.out.flush();
            TimeUnit.MINUTES.sleep(5);
        }
    }
}
