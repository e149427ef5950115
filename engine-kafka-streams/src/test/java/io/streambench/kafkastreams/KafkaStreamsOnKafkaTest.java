package io.streambench.kafkastreams;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.EngineConformanceSuite;
import io.streambench.api.engine.Engine;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.KafkaResultStore;
import io.streambench.sinks.PostgresResultStore;
import io.streambench.testsupport.EmbeddedKafkaBroker;
import io.streambench.testsupport.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The conformance suite on the project's Kafka broker, in the one mode Kafka Streams has (continuous), with the
 * result topic and the PostgreSQL upsert as the extra sinks.
 */
class KafkaStreamsOnKafkaTest extends EngineConformanceSuite {
    private Broker kafka;

    @BeforeAll
    void startBroker() {
        kafka = EmbeddedKafkaBroker.start("kafka-streams-conformance");
    }

    @AfterAll
    void stopBroker() {
        kafka.close();
    }

    @Override
    protected Engine engine() {
        return new KafkaStreamsEngine();
    }

    @Override
    protected Broker broker() {
        return kafka;
    }

    @Override
    protected List<ExecutionMode> modes() {
        return List.of(ExecutionMode.continuous());
    }

    /**
     * One partition. Kafka Streams has no watermark: a task's stream time is the largest event time it has processed,
     * and after a repartition a task takes events from every source task in the order they happened to write them.
     * From one source partition that is the order they arrived in, so stream time follows the oracle's watermark and
     * the results must be exact. From several, a source task that runs ahead on a backlog moves stream time past
     * events the oracle keeps; {@link KafkaStreamsStreamTimeTest} holds what the engine promises then.
     */
    @Override
    protected int partitions() {
        return 1;
    }

    @Override
    protected List<ResultStore> sinks() {
        BrokerConnection.Kafka connection = (BrokerConnection.Kafka) kafka.connection();
        return List.of(new KafkaResultStore(connection.bootstrapServers(), connection.clientProperties(), 2),
                new PostgresResultStore(LocalPostgres.JDBC_URL));
    }

    /**
     * Killed mid-run, the job resumes from its consumer group's committed offsets and restores its window state from
     * the changelogs, under exactly_once_v2 as of the same commit; the PostgreSQL upsert turns what it writes again
     * into rewrites. Stopped by a clean close, it commits first and reads nothing twice.
     */
    @Override
    protected Optional<Forked> forked() {
        BrokerConnection.Kafka connection = (BrokerConnection.Kafka) kafka.connection();
        RunSettings exactlyOnce = RunSettings.of(ExecutionMode.continuous()).withParallelism(1)
                .withCheckpointInterval(Duration.ofSeconds(1)).withGuarantee(DeliveryGuarantee.EXACTLY_ONCE);
        return Optional.of(new Forked(ForkedKafkaStreams.engine(), new PostgresResultStore(LocalPostgres.JDBC_URL),
                exactlyOnce, workDir -> ForkedKafkaStreams.hasCommitted(connection, workDir), LocalPostgres::rewrites));
    }
}
