package io.streambench.api.conformance;

import io.streambench.api.engine.Engine;
import io.streambench.api.engine.UnsupportedCombinationException;
import io.streambench.api.pipeline.Pipeline;
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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bench decides what is unsupported from the capabilities an engine describes across the fork; the engine decides
 * from its own checks when it gets the job. Over every combination a matrix can ask for, both must give the same
 * answer with the same reason, so that no cell is started only to be refused.
 */
public final class CapabilityAgreement {
    private static final List<BrokerConnection> BROKERS = List.of(
            new BrokerConnection.Kafka("127.0.0.1:9", null),
            new BrokerConnection.RabbitMq("amqp://127.0.0.1:9", QueueType.CLASSIC),
            new BrokerConnection.RabbitMq("amqp://127.0.0.1:9", QueueType.QUORUM),
            new BrokerConnection.RabbitMq("amqp://127.0.0.1:9", QueueType.STREAM));
    private static final List<ExecutionMode> MODES = List.of(ExecutionMode.batch(), ExecutionMode.availableNow(),
            ExecutionMode.microbatch(Duration.ofSeconds(1)), ExecutionMode.continuous());
    private static final List<Sink> SINKS = List.of(Sink.memory("m"), new Sink.Kafka("results", "127.0.0.1:9"),
            new Sink.Postgres("jdbc:postgresql://127.0.0.1:9/test", "results"),
            new Sink.Files("target/results", Sink.FileFormat.JSONL),
            new Sink.Files("target/results", Sink.FileFormat.PARQUET),
            new Sink.Iceberg("jdbc:postgresql://127.0.0.1:9/test", "target/warehouse", "results"));
    private static final List<StartPosition> STARTS = List.of(StartPosition.earliest(), StartPosition.latest(),
            StartPosition.at(Instant.parse("2026-01-01T00:00:00Z")));

    private CapabilityAgreement() {
    }

    /** @return how many combinations were compared */
    public static int assertAgree(Engine described, Engine checking) {
        int compared = 0;
        for (JobSpec job : (Iterable<JobSpec>) everyCombination()::iterator) {
            assertThat(refusal(described, job)).as("%s: %s", checking.name(), label(job))
                    .isEqualTo(refusal(checking, job));
            compared++;
        }
        return compared;
    }

    /** Every ready pipeline × mode × broker flavour × sink × guarantee × emission × start position. */
    public static Stream<JobSpec> everyCombination() {
        List<Emission> emissions = new ArrayList<>(Arrays.stream(Emission.values()).filter(Emission::isChoice).toList());
        emissions.add(null);
        List<JobSpec> jobs = new ArrayList<>();
        for (String name : ReadyPipelines.names()) {
            for (StartPosition start : STARTS) {
                for (Sink sink : SINKS) {
                    Pipeline pipeline = ReadyPipelines.byName(name).withSink(sink);
                    pipeline = pipeline.withSource(pipeline.source().startingAt(start));
                    for (ExecutionMode mode : MODES) {
                        for (DeliveryGuarantee guarantee : DeliveryGuarantee.values()) {
                            for (Emission emission : emissions) {
                                RunSettings settings = RunSettings.of(mode).withGuarantee(guarantee)
                                        .withEmission(emission);
                                for (BrokerConnection broker : BROKERS) {
                                    jobs.add(new JobSpec("agreement", pipeline, settings, broker, "target/agreement"));
                                }
                            }
                        }
                    }
                }
            }
        }
        return jobs.stream();
    }

    private static String label(JobSpec job) {
        return String.join(" / ", job.pipeline().name(), job.pipeline().source().startAt().kind().name(),
                job.pipeline().sink().describe(), job.settings().mode().toString(), job.settings().guarantee().name(),
                String.valueOf(job.settings().emission()), job.broker().describe());
    }

    private static Optional<String> refusal(Engine engine, JobSpec job) {
        try {
            engine.checkSupported(job);
            return Optional.empty();
        } catch (UnsupportedCombinationException refused) {
            return Optional.of(refused.getMessage());
        }
    }
}
