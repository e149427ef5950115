package io.streambench.api.conformance;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.fork.ForkedEngine;
import io.streambench.api.fork.ForkedJobHandle;
import io.streambench.api.oracle.ComparisonReport;
import io.streambench.api.oracle.EventTimeSemantics;
import io.streambench.api.oracle.OracleResult;
import io.streambench.api.oracle.ReferenceOracle;
import io.streambench.api.oracle.ResultComparison;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.RunSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interrupts a forked engine JVM in the middle of a {@code clicks-per-page-tumbling} run, by a crash (SIGKILL) or a
 * planned stop ({@link JobHandle#suspend}: Flink's stop-with-savepoint, Spark's stop between micro-batches), starts
 * the job again with the same work directory, and compares the sink with the oracle. The workload has out-of-order events but no
 * late ones: an engine that does not checkpoint its watermark (Flink) sees nothing late right after a restart.
 */
public final class RestartScenario {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int EVENTS = 12_000;

    private final ForkedEngine engine;
    private final Broker broker;
    private final ResultStore store;
    private final int partitions;

    public RestartScenario(ForkedEngine engine, Broker broker, ResultStore store, int partitions) {
        this.engine = engine;
        this.broker = broker;
        this.store = store;
        this.partitions = partitions;
    }

    /**
     * @param checkpointed whether the work directory holds a checkpoint the second run can resume from
     * @param rewrites     how often the sink rewrote a result, read before the run's results are removed
     */
    public record Outcome(Interruption interruption, String resumePoint, ComparisonReport report, int results,
                          int expected, long readBeforeKill, long readAfterRestart, long written, long rewrites) {
        public long replayed() {
            return readBeforeKill + readAfterRestart - written;
        }

        public String summary() {
            return String.format("restart after %s%s: read %d before and %d after it (%d written, %d replayed); "
                            + "%d results, %d rewrites; %s", interruption.description,
                    resumePoint == null ? "" : " (" + resumePoint + ")", readBeforeKill, readAfterRestart, written,
                    replayed(), results, rewrites, report.summary());
        }
    }

    /**
     * The sink holds exactly the oracle's results, one row each; the second run resumed rather than reading everything
     * again, and after a planned stop it read nothing twice.
     */
    public static void assertResumedExactly(Outcome outcome) {
        assertThat(outcome.report().isExact()).as(outcome.report().summary()).isTrue();
        assertThat(outcome.results()).as("one row per result, no duplicate rows").isEqualTo(outcome.expected());
        assertThat(outcome.readAfterRestart()).as("the second run resumed instead of reading everything again")
                .isLessThan(outcome.written());
        if (outcome.interruption() == Interruption.PLANNED_STOP) {
            assertThat(outcome.replayed()).as("messages read twice across a planned stop").isZero();
        }
    }

    public enum Interruption {
        CRASH("a crash (SIGKILL)"),
        PLANNED_STOP("a planned stop");

        private final String description;

        Interruption(String description) {
            this.description = description;
        }
    }

    public Outcome run(String run, RunSettings settings, Interruption interruption, Predicate<Path> checkpointed,
                       ToLongFunction<JobSpec> rewrites) throws InterruptedException {
        Pipeline pipeline = ReadyPipelines.byName("clicks-per-page-tumbling");
        Pipeline underTest = pipeline.withSource(pipeline.source().onStream(run)).withSink(store.sinkFor(run));
        Path workDir = Path.of("target", "restart", run).toAbsolutePath();
        JobSpec job = new JobSpec(run, underTest, settings, broker.connection(), workDir.toString());
        GeneratorConfig config = GeneratorConfig.defaults(7).withPopulation(500, 200)
                .withSchedule(200, GeneratorConfig.DEFAULT_START)
                .withDisorder(0.10, Duration.ofSeconds(3), 0, Duration.ZERO, 0);
        List<ClickEvent> events = ClickstreamGenerator.generate(config, EVENTS);
        OracleResult expected = ReferenceOracle.compute(underTest, events, EventTimeSemantics.STREAMING);

        broker.createStream(new StreamSpec(run, partitions));
        List<ForkedJobHandle> handles = new ArrayList<>();
        try (ResultStore.View results = store.open(run, underTest.name());
             EventWriter writer = broker.openWriter(run)) {
            ForkedJobHandle first = engine.submit(job);
            // Closed whatever fails: an engine left running would hold the cluster's cores for the next case.
            handles.add(first);
            send(writer, events.subList(0, 6_000));
            Poll.require(() -> checkpointed.test(workDir), TIMEOUT, () -> "a first checkpoint");
            Poll.require(() -> !results.results().isEmpty(), TIMEOUT, () -> "first results in the sink");
            send(writer, events.subList(6_000, 9_000));
            Poll.require(() -> read(first) >= 7_500, TIMEOUT, () -> "the first run to read into the second part");
            // The first checkpoint may predate the first read (a source that had not read yet saves its start
            // position): two more intervals give one that holds the run's progress, as the second run's read assumes.
            Thread.sleep(settings.checkpointInterval().multipliedBy(2).toMillis());
            String resumePoint = null;
            if (interruption == Interruption.CRASH) {
                first.kill();
            } else {
                resumePoint = first.suspend();
            }
            long readBeforeKill = read(first);

            ForkedJobHandle second = engine.submit(job);
            handles.add(second);
            send(writer, events.subList(9_000, EVENTS));
            int markers = writer.sendWatermarkMarkers(events.stream().mapToLong(ClickEvent::eventTime).max()
                    .orElseThrow() + Duration.ofDays(1).toMillis());
            writer.flush(TIMEOUT);
            Poll.require(() -> results.results().size() >= expected.results().size(), TIMEOUT,
                    () -> "every result in the sink");
            Thread.sleep(2_000);
            long readAfterRestart = read(second);
            second.cancel();

            List<ObservedResult> observed = results.results();
            return new Outcome(interruption, resumePoint, ResultComparison.compare(expected.results(), observed),
                    observed.size(),
                    expected.results().size(), readBeforeKill, readAfterRestart, EVENTS + markers, rewrites.applyAsLong(job));
        } finally {
            handles.forEach(ForkedJobHandle::close);
            broker.deleteStream(run);
        }
    }

    private static long read(JobHandle handle) {
        return handle.counters().getOrDefault(JobHandle.MESSAGES_READ, 0L);
    }

    private static void send(EventWriter writer, List<ClickEvent> events) {
        events.forEach(writer::send);
        writer.flush(TIMEOUT);
    }
}
