package io.streambench.api.engine;

import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.pipeline.Sink;
import io.streambench.api.pipeline.Source;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.Emission;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.QueueType;
import io.streambench.api.run.RunSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.streambench.api.run.ExecutionMode.Kind.AVAILABLE_NOW;
import static io.streambench.api.run.ExecutionMode.Kind.BATCH;
import static io.streambench.api.run.ExecutionMode.Kind.CONTINUOUS;
import static io.streambench.api.run.ExecutionMode.Kind.MICROBATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapabilitiesTest {
    private static final EngineCapabilities SPARK_LIKE = EngineCapabilities.builder()
            .supportAll(BATCH, AVAILABLE_NOW, MICROBATCH, CONTINUOUS)
            .refuse(CONTINUOUS, Feature.COUNT_WINDOWS, "Spark real-time mode handles stateless queries only")
            .refuse(BATCH, Feature.SOURCE_RABBITMQ_CLASSIC, "a classic queue cannot be read as a bounded range")
            .refuse(MICROBATCH, Feature.EMIT_ON_WATERMARK, "no output mode fires on the watermark and then updates")
            .defaultEmission(Emission.FINAL)
            .build();

    private static JobSpec job(String pipeline, ExecutionMode mode, BrokerConnection broker) {
        return new JobSpec("j", ReadyPipelines.byName(pipeline), RunSettings.of(mode), broker, "/tmp/j");
    }

    private static final BrokerConnection KAFKA = new BrokerConnection.Kafka("127.0.0.1:9092", null);

    @Test
    void requirementsFollowTheJob() {
        JobSpec job = new JobSpec("j", ReadyPipelines.byName("views-per-category-sliding")
                .withSource(Source.topic("t").startingAt(StartPosition.at(Instant.EPOCH)))
                .withSink(Sink.postgres("jdbc:postgresql://h/db", "results")),
                RunSettings.of(ExecutionMode.continuous()).withGuarantee(DeliveryGuarantee.EXACTLY_ONCE),
                new BrokerConnection.RabbitMq("amqp://h", QueueType.STREAM), "/tmp/j");
        assertThat(Requirements.of(job)).extracting(Capability::feature).containsExactly(
                Feature.SOURCE_RABBITMQ_STREAM, Feature.START_AT_TIMESTAMP, Feature.FILTER, Feature.ENRICHMENT,
                Feature.SLIDING_WINDOWS, Feature.DISTINCT_USERS_AGGREGATE, Feature.POSTGRES_SINK, Feature.EXACTLY_ONCE);
        assertThat(Requirements.of(job)).extracting(Capability::mode).containsOnly(CONTINUOUS);
    }

    @Test
    void noEngineStartsAClassicOrQuorumQueueAnywhereButAtWhatIsQueued() {
        Engine engine = new DeclaredOnlyEngine("spark", SPARK_LIKE);
        JobSpec onQuorum = job("enriched-clicks", ExecutionMode.continuous(),
                new BrokerConnection.RabbitMq("amqp://h", QueueType.QUORUM));
        JobSpec fromLatest = new JobSpec(onQuorum.jobId(), onQuorum.pipeline().withSource(
                onQuorum.pipeline().source().startingAt(StartPosition.latest())), onQuorum.settings(), onQuorum.broker(),
                onQuorum.workDir());
        assertThatThrownBy(() -> engine.checkSupported(fromLatest))
                .isInstanceOf(UnsupportedCombinationException.class)
                .hasMessage("spark: start positions at the latest offset in continuous mode are not supported: "
                        + "a quorum queue is not replayable: a consumer gets what is in it");
        engine.checkSupported(onQuorum);
        engine.checkSupported(new JobSpec(fromLatest.jobId(), fromLatest.pipeline(), fromLatest.settings(),
                new BrokerConnection.RabbitMq("amqp://h", QueueType.STREAM), fromLatest.workDir()));
    }

    @Test
    void anUnsupportedCombinationNamesEngineFeatureAndReason() {
        Engine engine = new DeclaredOnlyEngine("spark", SPARK_LIKE);
        assertThatThrownBy(() -> engine.checkSupported(job("purchases-per-user-count", ExecutionMode.continuous(), KAFKA)))
                .isInstanceOf(UnsupportedCombinationException.class)
                .hasMessage("spark: count windows in continuous mode are not supported: "
                        + "Spark real-time mode handles stateless queries only");
        assertThatThrownBy(() -> engine.checkSupported(job("enriched-clicks", ExecutionMode.batch(),
                new BrokerConnection.RabbitMq("amqp://h", QueueType.CLASSIC))))
                .hasMessage("spark: RabbitMQ classic queue sources in batch mode are not supported: "
                        + "a classic queue cannot be read as a bounded range");
    }

    @Test
    void supportedCombinationsPass() {
        Engine engine = new DeclaredOnlyEngine("spark", SPARK_LIKE);
        engine.checkSupported(job("enriched-clicks", ExecutionMode.continuous(), KAFKA));
        engine.checkSupported(job("purchases-per-user-count", ExecutionMode.microbatch(java.time.Duration.ofSeconds(1)), KAFKA));
    }

    @Test
    void aModeTheEngineLacksIsRefusedForEveryFeature() {
        EngineCapabilities flinkLike = EngineCapabilities.builder().supportAll(BATCH, CONTINUOUS)
                .defaultEmission(Emission.ON_WATERMARK)
                .refuseMode(MICROBATCH, "Flink processes each event as it arrives; it has no micro-batch trigger")
                .build();
        assertThat(flinkLike.firstRefusal(Requirements.of(job("user-sessions", ExecutionMode.microbatch(
                java.time.Duration.ofSeconds(5)), KAFKA))))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.capability()).isEqualTo(new Capability(MICROBATCH, Feature.SOURCE_KAFKA));
                    assertThat(refusal.reason()).contains("no micro-batch trigger");
                });
        assertThat(flinkLike.firstRefusal(Requirements.of(job("user-sessions", ExecutionMode.availableNow(), KAFKA))))
                .hasValueSatisfying(refusal -> assertThat(refusal.reason()).isEqualTo("not implemented"));
    }

    @Test
    void anEmissionIsRequiredOnlyWhereItChangesWhenResultsAreWritten() {
        Engine engine = new DeclaredOnlyEngine("spark", SPARK_LIKE);
        ExecutionMode microbatch = ExecutionMode.microbatch(java.time.Duration.ofSeconds(1));
        JobSpec onWatermark = new JobSpec("j", ReadyPipelines.byName("user-sessions"),
                RunSettings.of(microbatch).withEmission(Emission.ON_WATERMARK), KAFKA, "/tmp/j");
        assertThat(Requirements.of(onWatermark)).extracting(Capability::feature).contains(Feature.EMIT_ON_WATERMARK);
        assertThatThrownBy(() -> engine.checkSupported(onWatermark))
                .hasMessageStartingWith("spark: window results emitted when the watermark passes the window end");
        JobSpec stateless = new JobSpec("j", ReadyPipelines.byName("enriched-clicks"), onWatermark.settings(), KAFKA,
                "/tmp/j");
        assertThat(Requirements.of(stateless)).extracting(Capability::feature)
                .doesNotContain(Feature.EMIT_ON_WATERMARK);
        assertThat(engine.emissionFor(stateless)).isEqualTo(Emission.ON_COMPLETION);
        assertThat(engine.emissionFor(job("user-sessions", microbatch, KAFKA))).isEqualTo(Emission.FINAL);
        assertThat(engine.emissionFor(new JobSpec("j", onWatermark.pipeline(),
                RunSettings.of(ExecutionMode.batch()).withEmission(Emission.EVERY_TRIGGER), KAFKA, "/tmp/j")))
                .isEqualTo(Emission.FINAL);
    }

    /** An engine that only declares capabilities; the capability check runs before any engine code. */
    private record DeclaredOnlyEngine(String name, EngineCapabilities capabilities) implements Engine {
        @Override
        public String version() {
            return "0";
        }

        @Override
        public JobHandle submit(JobSpec job) {
            throw new UnsupportedOperationException("not a runnable engine");
        }
    }
}
