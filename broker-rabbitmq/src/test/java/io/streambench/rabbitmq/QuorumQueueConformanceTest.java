package io.streambench.rabbitmq;

import io.streambench.api.run.QueueType;

class QuorumQueueConformanceTest extends RabbitMqConformance {
    QuorumQueueConformanceTest() {
        super(Deployment.LOCAL, QueueType.QUORUM);
    }
}
