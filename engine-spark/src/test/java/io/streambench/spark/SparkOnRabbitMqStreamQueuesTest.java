package io.streambench.spark;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.EngineConformanceSuite;
import io.streambench.api.engine.Engine;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.ExecutionMode;
import io.streambench.sinks.FileResultStore;
import io.streambench.sinks.PostgresResultStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Stream queues through the project's RabbitMQ source: replayable, so exactly-once with the checkpoint; PostgreSQL
 * and files are the extra sinks. Real-time mode reads Kafka only, so it is left out here.
 */
class SparkOnRabbitMqStreamQueuesTest extends EngineConformanceSuite {
    private final SparkEngine spark = new SparkEngine();
    private Broker broker;

    @BeforeAll
    void openBroker() {
        broker = RabbitMqBrokers.open("stream");
    }

    @AfterAll
    void closeBrokerAndSpark() {
        spark.stop();
        broker.close();
    }

    @Override
    protected Engine engine() {
        return spark;
    }

    @Override
    protected Broker broker() {
        return broker;
    }

    @Override
    protected List<ExecutionMode> modes() {
        return List.of(ExecutionMode.batch(), ExecutionMode.availableNow(), ExecutionMode.microbatch(Duration.ofSeconds(1)));
    }

    @Override
    protected List<ResultStore> sinks() {
        return List.of(new PostgresResultStore(LocalPostgres.JDBC_URL), new FileResultStore(Path.of("target", "results")));
    }
}
