package io.streambench.flink;

import io.streambench.api.engine.Capability;
import io.streambench.api.engine.Engine;
import io.streambench.api.engine.Engines;
import io.streambench.api.engine.Feature;
import io.streambench.api.engine.UnsupportedCombinationException;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.pipeline.Sink;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.Emission;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.QueueType;
import io.streambench.api.run.RunSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlinkCapabilitiesTest {
    private static final BrokerConnection KAFKA = new BrokerConnection.Kafka("127.0.0.1:9", null);
    private final Engine flink = Engines.byName("flink");

    private static JobSpec job(String pipeline, ExecutionMode mode, BrokerConnection broker) {
        return job(pipeline, RunSettings.of(mode), broker);
    }

    private static JobSpec job(String pipeline, RunSettings settings, BrokerConnection broker) {
        return new JobSpec("capabilities", ReadyPipelines.byName(pipeline).withSink(Sink.memory("m")),
                settings, broker, "target/capabilities");
    }

    @Test
    void isFoundByServiceLoaderWithItsVersion() {
        assertThat(flink).isInstanceOf(FlinkEngine.class);
        assertThat(flink.version()).isEqualTo("1.20.5");
    }

    @Test
    void refusesMicroBatchModesBeforeAnythingStarts() {
        assertThatThrownBy(() -> flink.submit(job("clicks-per-page-tumbling", ExecutionMode.microbatch(Duration.ofSeconds(5)), KAFKA)))
                .isInstanceOf(UnsupportedCombinationException.class)
                .hasMessageStartingWith("flink: Kafka topic sources in microbatch mode are not supported: "
                        + "Flink processes each event as it arrives and has no micro-batch trigger");
        assertThatThrownBy(() -> flink.checkSupported(job("enriched-clicks", ExecutionMode.availableNow(), KAFKA)))
                .hasMessageContaining("in available-now mode are not supported");
    }

    @Test
    void refusesRabbitMqWhereRmqSourceCannotDoIt() {
        BrokerConnection classic = new BrokerConnection.RabbitMq("amqp://127.0.0.1:9", QueueType.CLASSIC);
        assertThatThrownBy(() -> flink.checkSupported(job("user-sessions", ExecutionMode.batch(), classic)))
                .hasMessage("flink: RabbitMQ classic queue sources in batch mode are not supported: "
                        + "RMQSource is unbounded: a RabbitMQ queue has no end offset for a bounded batch run");
        flink.checkSupported(job("user-sessions", ExecutionMode.continuous(), classic));
    }

    @Test
    void readsStreamQueuesInBothModesExactlyOnceWhereItCheckpoints() {
        BrokerConnection stream = new BrokerConnection.RabbitMq("amqp://127.0.0.1:9", QueueType.STREAM);
        for (String pipeline : ReadyPipelines.names()) {
            flink.checkSupported(job(pipeline, ExecutionMode.batch(), stream));
            flink.checkSupported(job(pipeline, ExecutionMode.continuous(), stream));
        }
        flink.checkSupported(job("user-sessions", RunSettings.of(ExecutionMode.continuous())
                .withGuarantee(DeliveryGuarantee.EXACTLY_ONCE), stream));
    }

    @Test
    void supportsEveryReadyPipelineInBothOfItsModesOnKafka() {
        for (String pipeline : ReadyPipelines.names()) {
            flink.checkSupported(job(pipeline, ExecutionMode.batch(), KAFKA));
            flink.checkSupported(job(pipeline, ExecutionMode.continuous(), KAFKA));
        }
    }

    @Test
    void refusesEveryTriggerEmissionInEveryModeWithItsReason() {
        String reason = "Flink's event-time windows fire on watermarks, and a trigger that emits partial windows "
                + "before the watermark passes their end is not translated; ask for on-watermark or final";
        for (ExecutionMode.Kind mode : ExecutionMode.Kind.values()) {
            Capability everyTrigger = new Capability(mode, Feature.EMIT_EVERY_TRIGGER);
            assertThat(flink.capabilities().supports(everyTrigger)).as(everyTrigger.describe()).isFalse();
        }
        assertThat(flink.capabilities().refusals().get(new Capability(ExecutionMode.Kind.CONTINUOUS,
                Feature.EMIT_EVERY_TRIGGER))).isEqualTo(reason);
        RunSettings everyTrigger = RunSettings.of(ExecutionMode.continuous()).withEmission(Emission.EVERY_TRIGGER);
        assertThatThrownBy(() -> flink.submit(job("clicks-per-page-tumbling", everyTrigger, KAFKA)))
                .isInstanceOf(UnsupportedCombinationException.class)
                .hasMessage("flink: window results emitted on every trigger in continuous mode are not supported: "
                        + reason);
    }

    @Test
    void writesWindowsOnTheWatermarkUnlessAskedForFinalResults() {
        RunSettings continuous = RunSettings.of(ExecutionMode.continuous());
        for (Emission emission : new Emission[] {Emission.ON_WATERMARK, Emission.FINAL}) {
            flink.checkSupported(job("clicks-per-page-tumbling", continuous.withEmission(emission), KAFKA));
            flink.checkSupported(job("user-sessions", continuous.withEmission(emission), KAFKA));
        }
        assertThat(flink.capabilities().defaultEmission()).isEqualTo(Emission.ON_WATERMARK);
        assertThat(flink.emissionFor(job("clicks-per-page-tumbling", continuous, KAFKA)))
                .isEqualTo(Emission.ON_WATERMARK);
        assertThat(flink.emissionFor(job("clicks-per-page-tumbling", continuous.withEmission(Emission.FINAL), KAFKA)))
                .isEqualTo(Emission.FINAL);
        assertThat(flink.emissionFor(job("clicks-per-page-tumbling", ExecutionMode.batch(), KAFKA)))
                .as("bounded runs write final results").isEqualTo(Emission.FINAL);
    }
}
