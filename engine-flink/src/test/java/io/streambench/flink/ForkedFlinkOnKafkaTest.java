package io.streambench.flink;

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
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.KafkaResultStore;
import io.streambench.testsupport.EmbeddedKafkaBroker;
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

/** The engine as the bench runs it: a JVM of its own, started from the command line, the job as a JSON file. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class ForkedFlinkOnKafkaTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final ForkedEngine flink = ForkedFlink.engine();
    private Broker kafka;
    private ResultStore resultTopics;

    @BeforeAll
    void startBroker() {
        kafka = EmbeddedKafkaBroker.start("forked-flink");
        BrokerConnection.Kafka connection = (BrokerConnection.Kafka) kafka.connection();
        resultTopics = new KafkaResultStore(connection.bootstrapServers(), connection.clientProperties(), 2);
    }

    @AfterAll
    void stopBroker() {
        kafka.close();
    }

    @Test
    void aForkedFlinkJvmWritesTheOracleResultsToAResultTopic() throws Exception {
        String run = "forked-flink-" + Long.toString(System.nanoTime(), 36);
        Pipeline pipeline = ReadyPipelines.byName("clicks-per-page-tumbling");
        Pipeline underTest = pipeline.withSource(pipeline.source().onStream(run)).withSink(resultTopics.sinkFor(run));
        ConformanceWorkload workload = ConformanceWorkload.standard();
        List<ClickEvent> events = workload.generate();
        OracleResult expected = ReferenceOracle.compute(underTest, events, EventTimeSemantics.BOUNDED);
        kafka.createStream(new StreamSpec(run, 2));
        try (ResultStore.View topic = resultTopics.open(run, underTest.name());
             EventWriter writer = kafka.openWriter(run)) {
            events.forEach(writer::send);
            writer.sendWatermarkMarkers(workload.markerEventTime(events));
            writer.flush(TIMEOUT);

            ForkedJobHandle handle = flink.submit(new JobSpec(run, underTest, RunSettings.of(ExecutionMode.batch())
                    .withParallelism(2), kafka.connection(), Path.of("target", "forked", run).toAbsolutePath().toString()));
            assertThat(handle.await(TIMEOUT)).hasValueSatisfying(outcome ->
                    assertThat(outcome.failure()).isNull());
            assertThat(handle.events()).extracting(LifecycleEvent::event)
                    .startsWith(LifecycleEvent.STARTED).contains(LifecycleEvent.FIRST_RESULT).endsWith(LifecycleEvent.FINISHED);
            assertThat(handle.counters().get("malformed-events")).isZero();

            ComparisonReport report = ResultComparison.compare(expected.results(), topic.results());
            assertThat(report.isExact()).as(report.summary()).isTrue();
            assertThat(report.duplicated()).isZero();
        } finally {
            kafka.deleteStream(run);
        }
    }

    @Test
    void anUnsupportedJobIsRefusedBeforeAJvmIsForked() {
        JobSpec microbatch = new JobSpec("refused", ReadyPipelines.byName("user-sessions"),
                RunSettings.of(ExecutionMode.microbatch(Duration.ofSeconds(1))), kafka.connection(), "target/refused");
        assertThatThrownBy(() -> flink.submit(microbatch)).isInstanceOf(UnsupportedCombinationException.class)
                .hasMessageStartingWith("flink: Kafka topic sources in microbatch mode are not supported");
        assertThat(Path.of("target/refused/job.json")).doesNotExist();
    }
}
