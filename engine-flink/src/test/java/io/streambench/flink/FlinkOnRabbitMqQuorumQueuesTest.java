package io.streambench.flink;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.EngineConformanceSuite;
import io.streambench.api.engine.Engine;
import io.streambench.api.run.ExecutionMode;
import io.streambench.testsupport.RabbitMqBrokers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;

class FlinkOnRabbitMqQuorumQueuesTest extends EngineConformanceSuite {
    private Broker broker;

    @BeforeAll
    void openBroker() {
        broker = RabbitMqBrokers.open("quorum");
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

    @Override
    protected List<ExecutionMode> modes() {
        return List.of(ExecutionMode.batch(), ExecutionMode.continuous());
    }
}
