package io.streambench.spark;

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
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.PostgresConnections;
import io.streambench.sinks.PostgresResultReader;
import io.streambench.sinks.PostgresResultStore;
import io.streambench.sinks.ResultTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a forked Spark JVM (SIGKILL) in the middle of a micro-batch run on Kafka, starts the query again with the same
 * work directory, and requires the PostgreSQL table to hold exactly the oracle's results: the checkpoint's offsets
 * and state lose nothing, and the upsert turns the replayed batch into rewrites, not rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkRestartFromCheckpointTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int EVENTS = 12_000;

    private final ForkedEngine spark = ForkedSpark.engine();
    private final ResultStore postgres = new PostgresResultStore(LocalPostgres.JDBC_URL);
    private Broker broker;

    @BeforeAll
    void startBroker() {
        broker = EmbeddedKafkaBroker.start("spark-restart");
    }

    @AfterAll
    void stopBroker() {
        broker.close();
    }

    @Test
    void aKilledQueryResumesFromItsCheckpointAndThePostgresTableEndsExact() throws Exception {
        String run = "spark-restart-" + Long.toString(System.nanoTime(), 36);
        Pipeline pipeline = ReadyPipelines.byName("clicks-per-page-tumbling");
        Pipeline underTest = pipeline.withSource(pipeline.source().onStream(run)).withSink(postgres.sinkFor(run));
        Path workDir = Path.of("target", "restart", run).toAbsolutePath();
        JobSpec job = new JobSpec(run, underTest, RunSettings.of(ExecutionMode.microbatch(Duration.ofSeconds(1))).withParallelism(2)
                .withMaxEventsPerTrigger(1_000L), broker.connection(), workDir.toString());
        GeneratorConfig config = GeneratorConfig.defaults(7).withPopulation(500, 200)
                .withSchedule(200, GeneratorConfig.DEFAULT_START)
                .withDisorder(0.10, Duration.ofSeconds(3), 0, Duration.ZERO, 0);
        List<ClickEvent> events = ClickstreamGenerator.generate(config, EVENTS);
        OracleResult expected = ReferenceOracle.compute(underTest, events, EventTimeSemantics.STREAMING);

        broker.createStream(new StreamSpec(run, 2));
        try (ResultStore.View table = postgres.open(run, underTest.name());
             EventWriter writer = broker.openWriter(run)) {
            ForkedJobHandle first = spark.submit(job);
            send(writer, events.subList(0, 6_000));
            await(() -> Files.exists(workDir.resolve("checkpoints").resolve("commits").resolve("0")), "a first committed batch");
            await(() -> !table.results().isEmpty(), "first rows in PostgreSQL");
            send(writer, events.subList(6_000, 9_000));
            await(() -> read(first) >= 7_500, "the killed run to read into the second batch");
            first.kill();
            long readBeforeKill = read(first);

            ForkedJobHandle second = spark.submit(job);
            send(writer, events.subList(9_000, EVENTS));
            writer.sendWatermarkMarkers(events.stream().mapToLong(ClickEvent::eventTime).max().orElseThrow() + 86_400_000L);
            writer.flush(TIMEOUT);
            await(() -> table.results().size() >= expected.results().size(), "every result in PostgreSQL");
            Thread.sleep(2_000);
            long readAfterRestart = read(second);
            second.cancel();

            List<ObservedResult> rows = table.results();
            ComparisonReport report = ResultComparison.compare(expected.results(), rows);
            long rewrites;
            try (Connection connection = PostgresConnections.open(LocalPostgres.JDBC_URL)) {
                rewrites = PostgresResultReader.rewrites(connection,
                        ResultTable.of((io.streambench.api.pipeline.Sink.Postgres) underTest.sink()), underTest.name());
            }
            System.out.printf("restart: read %d before the kill and %d after it (%d written, %d replayed); "
                            + "%d rows, %d rewrites; %s%n", readBeforeKill, readAfterRestart, EVENTS + 1,
                    readBeforeKill + readAfterRestart - (EVENTS + 1), rows.size(), rewrites, report.summary());
            assertThat(report.isExact()).as(report.summary()).isTrue();
            assertThat(rows).as("one row per result, no duplicate rows").hasSize(expected.results().size());
            assertThat(readAfterRestart).as("the second run resumed instead of reading everything again")
                    .isLessThan(EVENTS + 1);
        } finally {
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

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + TIMEOUT.toSeconds() + " s for " + what);
            }
            Thread.sleep(200);
        }
    }
}
