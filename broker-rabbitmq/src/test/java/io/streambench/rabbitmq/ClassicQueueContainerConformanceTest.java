package io.streambench.rabbitmq;

import io.streambench.api.run.QueueType;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The twin of {@link ClassicQueueConformanceTest} on a RabbitMQ started in a container. */
@Testcontainers(disabledWithoutDocker = true)
class ClassicQueueContainerConformanceTest extends RabbitMqConformance {
    ClassicQueueContainerConformanceTest() {
        super(Deployment.TESTCONTAINERS, QueueType.CLASSIC);
    }
}
