package io.streambench.kafkastreams;

import io.streambench.api.engine.Engine;
import io.streambench.api.engine.Engines;
import io.streambench.api.engine.UnsupportedCombinationException;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.pipeline.Sink;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.Emission;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.QueueType;
import io.streambench.api.run.RunSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the Kafka Streams engine refuses, with which reason, before anything starts. */
class KafkaStreamsCapabilitiesTest {
    private static final BrokerConnection KAFKA = new BrokerConnection.Kafka("127.0.0.1:9", null);
    private static final BrokerConnection STREAM = new BrokerConnection.RabbitMq("amqp://127.0.0.1:9", QueueType.STREAM);
    private final Engine kafkaStreams = Engines.byName("kafka-streams");

    private static JobSpec job(String pipeline, ExecutionMode mode, BrokerConnection broker) {
        return new JobSpec("capabilities", ReadyPipelines.byName(pipeline).withSink(Sink.memory("m")),
                RunSettings.of(mode), broker, "target/capabilities");
    }

    @Test
    void isFoundByServiceLoaderWithTheBrokersKafkaVersion() {
        assertThat(kafkaStreams).isInstanceOf(KafkaStreamsEngine.class);
        assertThat(kafkaStreams.version()).isEqualTo("4.1.2");
    }

    @Test
    void runsEveryReadyPipelineContinuouslyOnKafkaFromEveryStartPosition() {
        for (String pipeline : ReadyPipelines.names()) {
            kafkaStreams.checkSupported(job(pipeline, ExecutionMode.continuous(), KAFKA));
        }
        JobSpec job = job("clicks-per-page-tumbling", ExecutionMode.continuous(), KAFKA);
        for (StartPosition start : new StartPosition[]{StartPosition.latest(), StartPosition.at(Instant.EPOCH)}) {
            kafkaStreams.checkSupported(new JobSpec(job.jobId(), job.pipeline().withSource(
                    job.pipeline().source().startingAt(start)), job.settings(), KAFKA, job.workDir()));
        }
    }

    @Test
    void refusesTheIcebergSinkSayingWhy() {
        JobSpec job = job("clicks-per-page-tumbling", ExecutionMode.continuous(), KAFKA);
        JobSpec intoIceberg = new JobSpec(job.jobId(), job.pipeline().withSink(Sink.iceberg(
                "jdbc:postgresql://127.0.0.1:9/test", "target/warehouse", "results")), job.settings(), KAFKA, job.workDir());
        assertThatThrownBy(() -> kafkaStreams.checkSupported(intoIceberg))
                .isInstanceOf(UnsupportedCombinationException.class)
                .hasMessageStartingWith("kafka-streams: Iceberg table sinks in continuous mode are not supported: Kafka "
                        + "Streams writes Kafka topics");
    }

    @Test
    void readsKafkaOnly() {
        assertThatThrownBy(() -> kafkaStreams.submit(job("user-sessions", ExecutionMode.continuous(), STREAM)))
                .isInstanceOf(UnsupportedCombinationException.class)
                .hasMessage("kafka-streams: RabbitMQ stream queue sources in continuous mode are not supported: Kafka "
                        + "Streams reads Kafka topics only; a RabbitMQ queue has no Kafka Streams source");
    }

    @Test
    void hasNoBoundedOrMicroBatchMode() {
        for (ExecutionMode mode : new ExecutionMode[]{ExecutionMode.batch(), ExecutionMode.availableNow(),
                ExecutionMode.microbatch(Duration.ofSeconds(1))}) {
            assertThatThrownBy(() -> kafkaStreams.checkSupported(job("user-sessions", mode, KAFKA))).as("%s", mode)
                    .hasMessageStartingWith("kafka-streams: Kafka topic sources in " + mode.kind().wireName()
                            + " mode are not supported: Kafka Streams processes each record as it arrives");
        }
    }

    @Test
    void emitsFinalResultsByDefaultAndUpdatesWhenAsked() {
        JobSpec tumbling = job("clicks-per-page-tumbling", ExecutionMode.continuous(), KAFKA);
        assertThat(kafkaStreams.emissionFor(tumbling)).isEqualTo(Emission.FINAL);
        JobSpec updates = withEmission(tumbling, Emission.EVERY_TRIGGER);
        kafkaStreams.checkSupported(updates);
        assertThat(kafkaStreams.emissionFor(updates)).isEqualTo(Emission.EVERY_TRIGGER);
        assertThatThrownBy(() -> kafkaStreams.checkSupported(withEmission(tumbling, Emission.ON_WATERMARK)))
                .hasMessageContaining("Kafka Streams has no watermark");
        assertThatThrownBy(() -> kafkaStreams.checkSupported(withEmission(job("user-sessions",
                ExecutionMode.continuous(), KAFKA), Emission.EVERY_TRIGGER)))
                .hasMessageContaining("retracted with a tombstone");
        assertThat(kafkaStreams.emissionFor(job("purchases-per-user-count", ExecutionMode.continuous(), KAFKA)))
                .isEqualTo(Emission.ON_COMPLETION);
    }

    @Test
    void exactlyOnceIntoFilesIsRefusedIntoKafkaAndPostgresItRuns() {
        RunSettings exactlyOnce = RunSettings.of(ExecutionMode.continuous()).withGuarantee(DeliveryGuarantee.EXACTLY_ONCE);
        JobSpec files = new JobSpec("capabilities", ReadyPipelines.byName("user-sessions")
                .withSink(Sink.files("target/files", Sink.FileFormat.JSONL)), exactlyOnce, KAFKA, "target/capabilities");
        assertThatThrownBy(() -> kafkaStreams.submit(files)).isInstanceOf(UnsupportedCombinationException.class)
                .hasMessageStartingWith("kafka-streams: exactly-once writes into result files in continuous mode are "
                        + "not supported: Kafka Streams commits offsets, state and Kafka output in one transaction");
        for (Sink sink : new Sink[]{Sink.kafka("results"), Sink.postgres("jdbc:postgresql://127.0.0.1/test", "r")}) {
            kafkaStreams.checkSupported(new JobSpec("capabilities", ReadyPipelines.byName("user-sessions")
                    .withSink(sink), exactlyOnce, KAFKA, "target/capabilities"));
        }
    }

    private static JobSpec withEmission(JobSpec job, Emission emission) {
        return new JobSpec(job.jobId(), job.pipeline(), job.settings().withEmission(emission), job.broker(),
                job.workDir());
    }
}
