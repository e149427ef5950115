package io.streambench.rabbitmq;

import io.streambench.api.run.QueueType;

class StreamQueueConformanceTest extends RabbitMqConformance {
    StreamQueueConformanceTest() {
        super(Deployment.LOCAL, QueueType.STREAM);
    }
}
