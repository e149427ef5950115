package io.streambench.rabbitmq;

import io.streambench.api.run.QueueType;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The twin of {@link StreamQueueConformanceTest} on a RabbitMQ started in a container. */
@Testcontainers(disabledWithoutDocker = true)
class StreamQueueContainerConformanceTest extends RabbitMqConformance {
    StreamQueueContainerConformanceTest() {
        super(Deployment.TESTCONTAINERS, QueueType.STREAM);
    }
}
