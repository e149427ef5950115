package io.streambench.spark;

/**
 * Quorum queues through the project's RabbitMQ source, read like classic queues: not replayable, buffered on the
 * driver and acknowledged once Spark has committed the batch (at-least-once); the consumer's prefetch is per consumer,
 * since quorum queues refuse a global one. Batch mode is refused: a quorum queue has no end to read up to.
 */
class SparkOnRabbitMqQuorumQueuesTest extends SparkOnRabbitMqSuite {
    SparkOnRabbitMqQuorumQueuesTest() {
        super("quorum");
    }
}
