package io.streambench.spark;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.EngineConformanceSuite;
import io.streambench.api.engine.Engine;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.IcebergResultStore;
import io.streambench.sinks.KafkaResultStore;
import io.streambench.sinks.PostgresResultStore;
import io.streambench.testsupport.EmbeddedKafkaBroker;
import io.streambench.testsupport.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The whole continuum on the project's Kafka broker, with the Kafka result topic and an Iceberg table as extra sinks. */
class SparkOnKafkaTest extends EngineConformanceSuite {
    private final SparkEngine spark = new SparkEngine();
    private Broker kafka;

    @BeforeAll
    void startBroker() {
        kafka = EmbeddedKafkaBroker.start("spark-conformance");
    }

    @AfterAll
    void stopBrokerAndSpark() {
        spark.stop();
        kafka.close();
    }

    @Override
    protected Engine engine() {
        return spark;
    }

    @Override
    protected boolean runsExamplePipelines() {
        return true;
    }

    @Override
    protected Broker broker() {
        return kafka;
    }

    /** Spark counts the rows its state store drops after partial aggregation (SPARK-24634): a lower bound. */
    @Override
    protected boolean countsEachLateEvent() {
        return false;
    }

    @Override
    protected List<ResultStore> sinks() {
        BrokerConnection.Kafka connection = (BrokerConnection.Kafka) kafka.connection();
        return List.of(new KafkaResultStore(connection.bootstrapServers(), connection.clientProperties(), 2),
                new IcebergResultStore(LocalPostgres.JDBC_URL, Path.of("target", "iceberg-warehouse")));
    }

    /**
     * Killed mid-run, the query resumes from its checkpoint location (offsets and state) and the PostgreSQL upsert
     * turns a replayed batch into rewrites, not rows; stopped between micro-batches, it resumes without a replay.
     */
    @Override
    protected Optional<Forked> forked() {
        RunSettings microBatches = RunSettings.of(ExecutionMode.microbatch(Duration.ofSeconds(1))).withParallelism(2)
                .withMaxEventsPerTrigger(1_000L);
        return Optional.of(new Forked(ForkedSpark.engine(), new PostgresResultStore(LocalPostgres.JDBC_URL),
                microBatches, SparkRestartTest::hasCommittedABatch, LocalPostgres::rewrites));
    }
}
