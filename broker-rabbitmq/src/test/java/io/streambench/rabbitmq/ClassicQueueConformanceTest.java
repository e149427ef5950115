package io.streambench.rabbitmq;

import io.streambench.api.run.QueueType;

class ClassicQueueConformanceTest extends RabbitMqConformance {
    ClassicQueueConformanceTest() {
        super(Deployment.LOCAL, QueueType.CLASSIC);
    }
}
