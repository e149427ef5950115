package io.streambench.rabbitmq;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;
import io.streambench.api.conformance.BrokerConformanceSuite;
import io.streambench.api.run.QueueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

/** The broker conformance suite on one RabbitMQ queue type and deployment, with one broker for the class. */
abstract class RabbitMqConformance extends BrokerConformanceSuite {
    private final Deployment deployment;
    private final QueueType queueType;
    private Broker broker;

    RabbitMqConformance(Deployment deployment, QueueType queueType) {
        this.deployment = deployment;
        this.queueType = queueType;
    }

    @BeforeAll
    void openBroker(@TempDir Path workDir) {
        broker = BrokerProvider.named("rabbitmq").open(workDir,
                Map.of("deployment", deployment.wireName(), "queueType", queueType.wireName()));
    }

    @AfterAll
    void closeBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Override
    protected Broker broker() {
        return broker;
    }
}
