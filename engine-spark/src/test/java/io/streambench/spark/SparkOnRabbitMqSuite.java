package io.streambench.spark;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.EngineConformanceSuite;
import io.streambench.api.engine.Engine;
import io.streambench.api.run.ExecutionMode;
import io.streambench.testsupport.RabbitMqBrokers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;
import java.util.List;

/**
 * The conformance suite on the local RabbitMQ with one queue type, in the modes the project's RabbitMQ source has:
 * real-time mode reads Kafka only.
 */
abstract class SparkOnRabbitMqSuite extends EngineConformanceSuite {
    private final SparkEngine spark = new SparkEngine();
    private final String queueType;
    private Broker broker;

    SparkOnRabbitMqSuite(String queueType) {
        this.queueType = queueType;
    }

    @BeforeAll
    void openBroker() {
        broker = RabbitMqBrokers.open(queueType);
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

    /** Spark counts the rows its state store drops after partial aggregation (SPARK-24634): a lower bound. */
    @Override
    protected boolean countsEachLateEvent() {
        return false;
    }

    @Override
    protected List<ExecutionMode> modes() {
        return List.of(ExecutionMode.batch(), ExecutionMode.availableNow(), ExecutionMode.microbatch(Duration.ofSeconds(1)));
    }
}
