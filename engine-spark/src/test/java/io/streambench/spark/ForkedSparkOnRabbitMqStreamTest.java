package io.streambench.spark;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.conformance.ConformanceWorkload;
import io.streambench.api.engine.LifecycleEvent;
import io.streambench.api.engine.UnsupportedCombinationException;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.fork.ForkedEngine;
import io.streambench.api.fork.ForkedJobHandle;
import io.streambench.api.oracle.ComparisonReport;
import io.streambench.api.oracle.EventTimeSemantics;
import io.streambench.api.oracle.OracleResult;
import io.streambench.api.oracle.ReferenceOracle;
import io.streambench.api.oracle.ResultComparison;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.FileResultStore;
import io.streambench.testsupport.RabbitMqBrokers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine as the bench runs it: a JVM of its own, started from the command line with the job as a JSON file,
 * reading a RabbitMQ stream queue and writing result files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class ForkedSparkOnRabbitMqStreamTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final ForkedEngine spark = ForkedSpark.engine();
    private final ResultStore files = new FileResultStore(Path.of("target", "forked-results"));
    private Broker rabbit;

    @BeforeAll
    void openBroker() {
        rabbit = RabbitMqBrokers.open("stream");
    }

    @AfterAll
    void closeBroker() {
        rabbit.close();
    }

    @Test
    void aForkedSparkJvmWritesTheOracleResultsOfAStreamQueue() throws Exception {
        String run = "forked-spark-" + Long.toString(System.nanoTime(), 36);
        Pipeline pipeline = ReadyPipelines.byName("clicks-per-page-tumbling");
        Pipeline underTest = pipeline.withSource(pipeline.source().onStream(run)).withSink(files.sinkFor(run));
        ConformanceWorkload workload = ConformanceWorkload.standard();
        List<ClickEvent> events = workload.generate();
        RunSettings settings = RunSettings.of(ExecutionMode.availableNow()).withParallelism(2)
                .withMaxEventsPerTrigger(3_000L);
        OracleResult expected = ReferenceOracle.compute(underTest, events, EventTimeSemantics.of(settings.mode()));
        rabbit.createStream(new StreamSpec(run, 1));
        try (ResultStore.View results = files.open(run, underTest.name());
             EventWriter writer = rabbit.openWriter(run)) {
            events.forEach(writer::send);
            writer.sendWatermarkMarkers(workload.markerEventTime(events));
            writer.flush(TIMEOUT);

            ForkedJobHandle handle = spark.submit(new JobSpec(run, underTest, settings, rabbit.connection(),
                    Path.of("target", "forked", run).toAbsolutePath().toString()));
            assertThat(handle.await(TIMEOUT)).hasValueSatisfying(outcome -> assertThat(outcome.failure()).isNull());
            assertThat(handle.events()).extracting(LifecycleEvent::event)
                    .startsWith(LifecycleEvent.STARTED).contains(LifecycleEvent.FIRST_RESULT)
                    .endsWith(LifecycleEvent.FINISHED);
            assertThat(handle.counters().get("messages-read")).isEqualTo(events.size() + 1L);

            ComparisonReport report = ResultComparison.compare(expected.results(), results.results());
            assertThat(report.isExact()).as(report.summary()).isTrue();
            assertThat(report.duplicated()).isZero();
        } finally {
            rabbit.deleteStream(run);
        }
    }

    @Test
    void aWindowedPipelineInRealTimeModeIsRefusedBeforeAJvmIsForked() {
        JobSpec realTime = new JobSpec("refused", ReadyPipelines.byName("user-sessions"),
                RunSettings.of(ExecutionMode.continuous()), rabbit.connection(), "target/refused");
        assertThatThrownBy(() -> spark.submit(realTime)).isInstanceOf(UnsupportedCombinationException.class)
                .hasMessageContaining("real-time mode");
        assertThat(Path.of("target/refused/job.json")).doesNotExist();
    }
}
