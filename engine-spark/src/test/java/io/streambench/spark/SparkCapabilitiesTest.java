package io.streambench.spark;

import io.streambench.api.engine.Engine;
import io.streambench.api.engine.Engines;
import io.streambench.api.engine.UnsupportedCombinationException;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.pipeline.Sink;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.DeliveryGuarantee;
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
    void exactlyOnceIntoAKafkaTopicIsRefused() {
        JobSpec job = new JobSpec("capabilities", ReadyPipelines.byName("user-sessions"),
                RunSettings.of(ExecutionMode.microbatch(Duration.ofSeconds(2))).withGuarantee(DeliveryGuarantee.EXACTLY_ONCE),
                KAFKA, "target/capabilities");
        assertThatThrownBy(() -> spark.checkSupported(job)).isInstanceOf(UnsupportedCombinationException.class)
                .hasMessageContaining("Spark writes a Kafka topic at least once");
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
