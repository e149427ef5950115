package io.streambench.flink;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.EngineConformanceSuite;
import io.streambench.api.engine.Engine;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.ExecutionMode;
import io.streambench.sinks.IcebergResultStore;
import io.streambench.sinks.KafkaResultStore;
import io.streambench.testsupport.EmbeddedKafkaBroker;
import io.streambench.testsupport.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;
import java.util.List;

class FlinkOnKafkaTest extends EngineConformanceSuite {
    private Broker kafka;

    @BeforeAll
    void startBroker() {
        kafka = EmbeddedKafkaBroker.start("flink-conformance");
    }

    @AfterAll
    void stopBroker() {
        kafka.close();
    }

    @Override
    protected Engine engine() {
        return new FlinkEngine();
    }

    @Override
    protected boolean runsExamplePipelines() {
        return true;
    }

    @Override
    protected Broker broker() {
        return kafka;
    }

    @Override
    protected List<ExecutionMode> modes() {
        return List.of(ExecutionMode.batch(), ExecutionMode.availableNow(), ExecutionMode.continuous());
    }

    /**
     * The Kafka result topic, with exactly-once through transactions, and an Iceberg table in the JDBC catalog of this
     * machine's PostgreSQL (PostgreSQL and files run in the classic-queue suite).
     */
    @Override
    protected List<ResultStore> sinks() {
        BrokerConnection.Kafka connection = (BrokerConnection.Kafka) kafka.connection();
        return List.of(new KafkaResultStore(connection.bootstrapServers(), connection.clientProperties(), 2),
                new IcebergResultStore(LocalPostgres.JDBC_URL, Path.of("target", "iceberg-warehouse")));
    }
}
