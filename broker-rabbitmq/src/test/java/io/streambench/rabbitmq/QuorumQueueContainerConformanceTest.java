package io.streambench.rabbitmq;

import io.streambench.api.run.QueueType;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The twin of {@link QuorumQueueConformanceTest} on a RabbitMQ started in a container. */
@Testcontainers(disabledWithoutDocker = true)
class QuorumQueueContainerConformanceTest extends RabbitMqConformance {
    QuorumQueueContainerConformanceTest() {
        super(Deployment.TESTCONTAINERS, QueueType.QUORUM);
    }
}
