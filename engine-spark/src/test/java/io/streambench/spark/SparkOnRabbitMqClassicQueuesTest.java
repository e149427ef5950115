package io.streambench.spark;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.EngineConformanceSuite;
import io.streambench.api.engine.Engine;
import io.streambench.api.run.ExecutionMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;
import java.util.List;

/**
 * Classic queues through the project's RabbitMQ source: not replayable, buffered on the driver and acknowledged after
 * each batch commits (at-least-once). Batch mode is refused: a classic queue has no end to read up to.
 */
class SparkOnRabbitMqClassicQueuesTest extends EngineConformanceSuite {
    private final SparkEngine spark = new SparkEngine();
    private Broker broker;

    @BeforeAll
    void openBroker() {
        broker = RabbitMqBrokers.open("classic");
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
}
