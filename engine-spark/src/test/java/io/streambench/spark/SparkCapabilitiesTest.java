package io.streambench.spark;

import io.streambench.api.engine.Capability;
import io.streambench.api.engine.Engine;
import io.streambench.api.engine.Engines;
import io.streambench.api.engine.Feature;
import io.streambench.api.engine.Requirements;
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

/** What the Spark engine refuses, with which reason, before a Spark context is started. */
class SparkCapabilitiesTest {
    private static final BrokerConnection KAFKA = new BrokerConnection.Kafka("127.0.0.1:9", null);
    private static final BrokerConnection CLASSIC = new BrokerConnection.RabbitMq("amqp://127.0.0.1:9", QueueType.CLASSIC);
    private static final BrokerConnection STREAM = new BrokerConnection.RabbitMq("amqp://127.0.0.1:9", QueueType.STREAM);
    private final Engine spark = Engines.byName("spark");

    private static JobSpec job(String pipeline, ExecutionMode mode, BrokerConnection broker) {
        return new JobSpec("capabilities", ReadyPipelines.byName(pipeline).withSink(Sink.memory("m")),
                RunSettings.of(mode), broker, "target/capabilities");
    }

    @Test
    void isFoundByServiceLoaderWithItsVersion() {
        assertThat(spark).isInstanceOf(SparkEngine.class);
        assertThat(spark.version()).isEqualTo("4.1.3");
    }

    @Test
    void realTimeModeTakesStatelessKafkaPipelinesOnly() {
        assertThatThrownBy(() -> spark.submit(job("user-sessions", ExecutionMode.continuous(), KAFKA)))
                .isInstanceOf(UnsupportedCombinationException.class)
                .hasMessage("spark: session windows in continuous mode are not supported: Spark 4.1 real-time mode "
                        + "(Trigger.RealTime) runs stateless queries only; use microbatch:<interval> for windows");
        assertThatThrownBy(() -> spark.checkSupported(job("enriched-clicks", ExecutionMode.continuous(), STREAM)))
                .hasMessageContaining("RabbitMQ stream queue sources in continuous mode are not supported");
        spark.checkSupported(job("enriched-clicks", ExecutionMode.continuous(), KAFKA));
    }

    @Test
    void classicQueuesHaveNoBatchReadAndNoStartButTheirHead() {
        assertThatThrownBy(() -> spark.checkSupported(job("user-sessions", ExecutionMode.batch(), CLASSIC)))
                .hasMessageContaining("RabbitMQ classic queue sources in batch mode are not supported");
        JobSpec job = job("user-sessions", ExecutionMode.availableNow(), CLASSIC);
        JobSpec fromTimestamp = new JobSpec(job.jobId(), job.pipeline().withSource(
                job.pipeline().source().startingAt(StartPosition.at(Instant.EPOCH))), job.settings(), CLASSIC, job.workDir());
        assertThatThrownBy(() -> spark.checkSupported(fromTimestamp))
                .hasMessageContaining("a classic queue is not replayable");
        spark.checkSupported(job("user-sessions", ExecutionMode.batch(), STREAM));
    }

    @Test
    void anIcebergTableIsWrittenPerBatchSoNotInRealTimeMode() {
        Sink iceberg = Sink.iceberg("jdbc:postgresql://127.0.0.1:9/test", "target/warehouse", "results");
        JobSpec realTime = job("enriched-clicks", ExecutionMode.continuous(), KAFKA);
        assertThatThrownBy(() -> spark.checkSupported(new JobSpec(realTime.jobId(), realTime.pipeline().withSink(iceberg),
                realTime.settings(), KAFKA, realTime.workDir())))
                .hasMessageStartingWith("spark: Iceberg table sinks in continuous mode are not supported: the Iceberg "
                        + "sink merges each micro-batch");
        JobSpec microbatch = job("user-sessions", ExecutionMode.microbatch(Duration.ofSeconds(2)), KAFKA);
        spark.checkSupported(new JobSpec(microbatch.jobId(), microbatch.pipeline().withSink(iceberg),
                microbatch.settings(), KAFKA, microbatch.workDir()));
    }

    @Test
    void exactlyOnceIntoAKafkaTopicIsRefused() {
        JobSpec job = new JobSpec("capabilities", ReadyPipelines.byName("user-sessions"),
                RunSettings.of(ExecutionMode.microbatch(Duration.ofSeconds(2))).withGuarantee(DeliveryGuarantee.EXACTLY_ONCE),
                KAFKA, "target/capabilities");
        assertThatThrownBy(() -> spark.checkSupported(job)).isInstanceOf(UnsupportedCombinationException.class)
                .hasMessageContaining("Spark writes a Kafka topic at least once");
        assertThat(spark.capabilities().firstRefusal(Requirements.of(job))).as("described, so the bench and list see it")
                .hasValueSatisfying(refusal -> assertThat(refusal.capability())
                        .isEqualTo(new Capability(ExecutionMode.Kind.MICROBATCH, Feature.EXACTLY_ONCE_KAFKA_SINK)));
    }

    @Test
    void emittingOnTheWatermarkIsRefusedInEveryModeWithItsReason() {
        for (ExecutionMode.Kind kind : ExecutionMode.Kind.values()) {
            Capability onWatermark = new Capability(kind, Feature.EMIT_ON_WATERMARK);
            assertThat(spark.capabilities().supports(onWatermark)).as("%s", kind).isFalse();
            assertThat(spark.capabilities().refusals().get(onWatermark)).as("%s", kind)
                    .startsWith("Structured Streaming has no output mode that writes a window when the watermark "
                            + "passes its end");
        }
        JobSpec onWatermark = withEmission(job("clicks-per-page-tumbling", ExecutionMode.microbatch(Duration.ofSeconds(1)),
                KAFKA), Emission.ON_WATERMARK);
        assertThatThrownBy(() -> spark.submit(onWatermark))
                .isInstanceOf(UnsupportedCombinationException.class)
                .hasMessage("spark: window results emitted when the watermark passes the window end and updated until "
                        + "the lateness ends in microbatch mode are not supported: Structured Streaming has no output "
                        + "mode that writes a window when the watermark passes its end and then updates it until the "
                        + "allowed lateness ends: append writes each window once, when final, and update writes every "
                        + "changed window on every trigger; use final or every-trigger");
    }

    @Test
    void emittingOnTheWatermarkIsNotAskedOfRunsThatWriteFinalOrCompletedResults() {
        // bounded modes write final results and a stateless pipeline has no window: neither asks for an emission
        spark.checkSupported(withEmission(job("clicks-per-page-tumbling", ExecutionMode.availableNow(), KAFKA),
                Emission.ON_WATERMARK));
        spark.checkSupported(withEmission(job("enriched-clicks", ExecutionMode.microbatch(Duration.ofSeconds(1)),
                KAFKA), Emission.ON_WATERMARK));
    }

    @Test
    void finalIsTheDefaultAndEveryTriggerRunsTimeWindowsInUpdateMode() {
        ExecutionMode microbatch = ExecutionMode.microbatch(Duration.ofSeconds(1));
        JobSpec tumbling = job("clicks-per-page-tumbling", microbatch, KAFKA);
        assertThat(spark.emissionFor(tumbling)).isEqualTo(Emission.FINAL);
        assertThat(OutputModes.of(microbatch.kind(), spark.emissionFor(tumbling))).isEqualTo("append");
        for (String pipeline : new String[]{"clicks-per-page-tumbling", "views-per-category-sliding"}) {
            JobSpec everyTrigger = withEmission(job(pipeline, microbatch, STREAM), Emission.EVERY_TRIGGER);
            spark.checkSupported(everyTrigger);
            assertThat(OutputModes.of(microbatch.kind(), spark.emissionFor(everyTrigger))).as(pipeline)
                    .isEqualTo("update");
            spark.checkSupported(withEmission(job(pipeline, microbatch, STREAM), Emission.FINAL));
        }
        // count windows and stateless pipelines write each result once, whatever is asked
        for (String pipeline : new String[]{"purchases-per-user-count", "enriched-clicks"}) {
            JobSpec everyTrigger = withEmission(job(pipeline, microbatch, KAFKA), Emission.EVERY_TRIGGER);
            assertThat(spark.emissionFor(everyTrigger)).as(pipeline).isEqualTo(Emission.ON_COMPLETION);
            assertThat(OutputModes.of(microbatch.kind(), spark.emissionFor(everyTrigger))).as(pipeline)
                    .isEqualTo("append");
        }
        // a bounded run writes final results in append mode even when every trigger is asked for
        JobSpec availableNow = withEmission(job("clicks-per-page-tumbling", ExecutionMode.availableNow(), KAFKA),
                Emission.EVERY_TRIGGER);
        assertThat(OutputModes.of(ExecutionMode.Kind.AVAILABLE_NOW, spark.emissionFor(availableNow)))
                .isEqualTo("append");
        // real-time mode takes update only, for the stateless queries it runs
        JobSpec realTime = job("enriched-clicks", ExecutionMode.continuous(), KAFKA);
        assertThat(OutputModes.of(ExecutionMode.Kind.CONTINUOUS, spark.emissionFor(realTime))).isEqualTo("update");
    }

    @Test
    void sessionWindowsAreNotEmittedOnEveryTrigger() {
        JobSpec sessions = withEmission(job("user-sessions", ExecutionMode.microbatch(Duration.ofSeconds(1)), KAFKA),
                Emission.EVERY_TRIGGER);
        assertThatThrownBy(() -> spark.submit(sessions))
                .isInstanceOf(UnsupportedCombinationException.class)
                .hasMessageStartingWith("spark: session windows emitted on every trigger in microbatch mode are not "
                        + "supported: Spark refuses update output mode for session window aggregations (SPARK-36463)");
        // the described capabilities say so too, so the bench reports the cell unsupported before it starts anything
        assertThat(spark.capabilities().firstRefusal(Requirements.of(sessions)))
                .map(refusal -> refusal.capability().feature()).hasValue(Feature.SESSION_WINDOWS_EVERY_TRIGGER);
        spark.checkSupported(withEmission(job("user-sessions", ExecutionMode.microbatch(Duration.ofSeconds(1)), KAFKA),
                Emission.FINAL));
        spark.checkSupported(withEmission(job("user-sessions", ExecutionMode.availableNow(), KAFKA),
                Emission.EVERY_TRIGGER));
    }

    @Test
    void exactlyOnceIsRefusedOnQueuesTheSourceReadsAtLeastOnce() {
        RunSettings exactlyOnce = RunSettings.of(ExecutionMode.microbatch(Duration.ofSeconds(1)))
                .withGuarantee(DeliveryGuarantee.EXACTLY_ONCE);
        JobSpec classic = new JobSpec("capabilities", ReadyPipelines.byName("clicks-per-page-tumbling")
                .withSink(Sink.memory("m")), exactlyOnce, CLASSIC, "target/capabilities");
        JobSpec stream = new JobSpec("capabilities", classic.pipeline(), exactlyOnce, STREAM, "target/capabilities");

        assertThatThrownBy(() -> spark.checkSupported(classic))
                .hasMessageStartingWith("spark: exactly-once reads of classic and quorum queues in microbatch mode are "
                        + "not supported: the Spark source reads a classic or quorum queue at least once");
        spark.checkSupported(stream);
    }

    private static JobSpec withEmission(JobSpec job, Emission emission) {
        return new JobSpec(job.jobId(), job.pipeline(), job.settings().withEmission(emission), job.broker(),
                job.workDir());
    }

    @Test
    void supportsEveryReadyPipelineInEveryMicroBatchModeOnBothBrokers() {
        for (String pipeline : ReadyPipelines.names()) {
            for (ExecutionMode mode : new ExecutionMode[]{ExecutionMode.batch(), ExecutionMode.availableNow(),
                    ExecutionMode.microbatch(Duration.ofSeconds(1))}) {
                spark.checkSupported(job(pipeline, mode, KAFKA));
                spark.checkSupported(job(pipeline, mode, STREAM));
            }
        }
    }
}
