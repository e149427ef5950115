package io.streambench.flink;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.EngineConformanceSuite;
import io.streambench.api.engine.Engine;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.ExecutionMode;
import io.streambench.sinks.FileResultStore;
import io.streambench.sinks.PostgresResultStore;
import io.streambench.testsupport.LocalPostgres;
import io.streambench.testsupport.RabbitMqBrokers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;
import java.util.List;

class FlinkOnRabbitMqClassicQueuesTest extends EngineConformanceSuite {
    private Broker broker;

    @BeforeAll
    void openBroker() {
        broker = RabbitMqBrokers.open("classic");
    }

    @AfterAll
    void closeBroker() {
        broker.close();
    }

    @Override
    protected Engine engine() {
        return new FlinkEngine();
    }

    @Override
    protected Broker broker() {
        return broker;
    }

    /** The sinks are checked on one broker per engine; the Kafka suite adds the Kafka result topic. */
    @Override
    protected List<ResultStore> sinks() {
        return List.of(new PostgresResultStore(LocalPostgres.JDBC_URL), new FileResultStore(Path.of("target", "results")));
    }

    @Override
    protected List<ExecutionMode> modes() {
        return List.of(ExecutionMode.batch(), ExecutionMode.continuous());
    }
}
