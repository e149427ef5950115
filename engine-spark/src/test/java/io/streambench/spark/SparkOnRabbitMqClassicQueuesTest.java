package io.streambench.spark;

/**
 * Classic queues through the project's RabbitMQ source: not replayable, buffered on the driver and acknowledged once
 * Spark has committed the batch (at-least-once). Batch mode is refused: a classic queue has no end to read up to.
 */
class SparkOnRabbitMqClassicQueuesTest extends SparkOnRabbitMqSuite {
    SparkOnRabbitMqClassicQueuesTest() {
        super("classic");
    }
}
