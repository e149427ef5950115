package io.streambench.flink;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.engine.JobOutcome;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.fork.Directories;
import io.streambench.api.fork.ForkedJobHandle;
import io.streambench.api.oracle.ComparisonReport;
import io.streambench.api.oracle.EventTimeSemantics;
import io.streambench.api.oracle.OracleResult;
import io.streambench.api.oracle.ReferenceOracle;
import io.streambench.api.oracle.ResultComparison;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.PostgresResultStore;
import io.streambench.testsupport.EmbeddedKafkaBroker;
import io.streambench.testsupport.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A savepoint taken by an earlier build of {@code clicks-per-page-tumbling} on Kafka, kept under
 * {@value #RECORDED}, must still restore: the job resumes from it with every operator's state (operator ids, state
 * names and serializers unchanged), and what it emits after the resume, with what the earlier build had emitted before
 * its stop (kept beside the savepoint), is exactly the oracle's result for the whole workload.
 * <p>
 * The earlier build read the first {@value #BEFORE_STOP} events of a topic written the same way as here (same name,
 * partitions, keys and order, so the same offsets) and was stopped with a savepoint. Record a new one only when a
 * change breaks state compatibility on purpose, and say so in the commit: {@code ./mvnw -pl engine-flink verify
 * -Dtest='FlinkSavepointCompatibilityTest#recordASavepointForLaterBuilds' -Dstreambench.recordSavepoint=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class FlinkSavepointCompatibilityTest {
    static final String RECORDED = "src/test/resources/savepoints/clicks-per-page-tumbling";
    private static final Path RECORDED_DIRECTORY = Path.of(RECORDED);
    private static final String RESULTS_BEFORE_STOP = "results-before-stop.jsonl";
    private static final String TOPIC = "savepoint-compatibility";
    private static final int PARTITIONS = 2;
    private static final int EVENTS = 12_000;
    private static final int BEFORE_STOP = 6_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private Broker kafka;
    private final PostgresResultStore store = new PostgresResultStore(LocalPostgres.JDBC_URL);

    @BeforeAll
    void startBroker() {
        kafka = EmbeddedKafkaBroker.start("flink-savepoint-compatibility");
        kafka.createStream(new StreamSpec(TOPIC, PARTITIONS));
    }

    @AfterAll
    void stopBroker() {
        kafka.close();
    }

    @Test
    void aSavepointOfAnEarlierBuildRestoresAndTheResultsAcrossItAreExact() throws Exception {
        List<ClickEvent> events = workload();
        String run = "flink-savepoint-compat-" + Long.toString(System.nanoTime(), 36);
        JobSpec job = job(run);
        copyRecordedSavepoint(Path.of(job.workDir()));
        OracleResult expected = ReferenceOracle.compute(job.pipeline(), events, EventTimeSemantics.STREAMING);

        try (ResultStore.View results = store.open(run, job.pipeline().name());
             EventWriter writer = kafka.openWriter(TOPIC)) {
            send(writer, events);
            writer.sendWatermarkMarkers(lastEventTime(events) + Duration.ofDays(1).toMillis());
            writer.flush(TIMEOUT);
            List<ObservedResult> beforeStop = recordedResults();
            ForkedJobHandle resumed = ForkedFlink.engine().submit(job);
            try {
                waitFor(() -> {
                    requireRunning(resumed);
                    return results.results().size() + beforeStop.size() >= expected.results().size();
                }, "every result after the resume");
                Thread.sleep(2_000);
                long readAfterResume = read(resumed);
                List<ObservedResult> observed = new ArrayList<>(beforeStop);
                observed.addAll(results.results());
                ComparisonReport report = ResultComparison.compare(expected.results(), observed);
                System.out.printf("resumed from the recorded savepoint: %d results before the stop, %d after, "
                        + "%d messages read after the resume; %s%n", beforeStop.size(), observed.size()
                        - beforeStop.size(), readAfterResume, report.summary());

                assertThat(report.isExact()).as(report.summary()).isTrue();
                assertThat(readAfterResume).as("the job resumed at the savepoint's offsets, not from the start")
                        .isLessThan(EVENTS - BEFORE_STOP / 2);
            } finally {
                resumed.cancel();
            }
        }
    }

    /** Not a test: records the savepoint and the results before it that the test above restores. */
    @Test
    @EnabledIfSystemProperty(named = "streambench.recordSavepoint", matches = "true")
    void recordASavepointForLaterBuilds() throws Exception {
        List<ClickEvent> events = workload();
        String run = "flink-savepoint-record-" + Long.toString(System.nanoTime(), 36);
        JobSpec job = job(run);
        try (ResultStore.View results = store.open(run, job.pipeline().name());
             EventWriter writer = kafka.openWriter(TOPIC)) {
            ForkedJobHandle first = ForkedFlink.engine().submit(job);
            send(writer, events.subList(0, BEFORE_STOP));
            waitFor(() -> read(first) >= BEFORE_STOP, "the job to read what was sent");
            waitFor(() -> !results.results().isEmpty(), "first results in the sink");
            String resumePoint = first.suspend();
            Path savepoint = CheckpointLocator.newestRestorePoint(Path.of(job.workDir())).orElseThrow(
                    () -> new IllegalStateException("no savepoint after the stop: " + resumePoint));

            Directories.deleteRecursively(RECORDED_DIRECTORY);
            copyRecursively(savepoint, RECORDED_DIRECTORY.resolve(savepoint.getFileName()));
            List<String> lines = results.results().stream().sorted(Comparator.comparing(ObservedResult::result))
                    .map(result -> new String(ResultCodec.encode(result.result(), result.emitTime()),
                            StandardCharsets.UTF_8)).toList();
            Files.write(RECORDED_DIRECTORY.resolve(RESULTS_BEFORE_STOP), lines);
            System.out.printf("recorded %s and %d results before it in %s%n", savepoint.getFileName(), lines.size(),
                    RECORDED_DIRECTORY.toAbsolutePath());
        }
    }

    private JobSpec job(String run) {
        Pipeline pipeline = ReadyPipelines.byName("clicks-per-page-tumbling");
        Pipeline underTest = pipeline.withSource(pipeline.source().onStream(TOPIC)).withSink(store.sinkFor(run));
        RunSettings settings = RunSettings.of(ExecutionMode.continuous()).withParallelism(PARTITIONS)
                .withCheckpointInterval(Duration.ofSeconds(3));
        return new JobSpec(run, underTest, settings, kafka.connection(),
                Path.of("target", "savepoint-compatibility", run).toAbsolutePath().toString());
    }

    /** Out of order but never late, so that a restored job, whose watermark starts over, drops nothing. */
    private static List<ClickEvent> workload() {
        GeneratorConfig config = GeneratorConfig.defaults(7).withPopulation(500, 200)
                .withSchedule(200, GeneratorConfig.DEFAULT_START)
                .withDisorder(0.10, Duration.ofSeconds(3), 0, Duration.ZERO, 0);
        return ClickstreamGenerator.generate(config, EVENTS);
    }

    private static void copyRecordedSavepoint(Path workDir) throws IOException {
        try (Stream<Path> entries = Files.list(RECORDED_DIRECTORY)) {
            Path savepoint = entries.filter(Files::isDirectory).findFirst().orElseThrow(
                    () -> new IllegalStateException("no recorded savepoint in " + RECORDED_DIRECTORY.toAbsolutePath()));
            copyRecursively(savepoint, workDir.resolve(CheckpointLocator.SAVEPOINTS).resolve(savepoint.getFileName()));
        }
    }

    private static List<ObservedResult> recordedResults() throws IOException {
        return Files.readAllLines(RECORDED_DIRECTORY.resolve(RESULTS_BEFORE_STOP)).stream()
                .map(line -> ResultCodec.decode(line.getBytes(StandardCharsets.UTF_8), 0L)).toList();
    }

    private static long lastEventTime(List<ClickEvent> events) {
        return events.stream().mapToLong(ClickEvent::eventTime).max().orElseThrow();
    }

    /** A savepoint the job cannot restore ends it at once: say why instead of waiting for results. */
    private static void requireRunning(JobHandle handle) {
        if (handle.isRunning()) {
            return;
        }
        String why;
        try {
            why = handle.await(Duration.ofSeconds(10)).map(JobOutcome::failure).orElse("(no outcome reported)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why = "(interrupted while reading its outcome)";
        }
        throw new AssertionError("the job resumed from the recorded savepoint ended: " + why);
    }

    private static long read(JobHandle handle) {
        return handle.counters().getOrDefault(JobHandle.MESSAGES_READ, 0L);
    }

    private static void send(EventWriter writer, List<ClickEvent> events) {
        events.forEach(writer::send);
        writer.flush(TIMEOUT);
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
