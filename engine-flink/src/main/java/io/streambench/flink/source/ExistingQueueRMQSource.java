package io.streambench.flink.source;

import io.streambench.flink.model.SourceRecord;
import org.apache.flink.streaming.connectors.rabbitmq.RMQSource;
import org.apache.flink.streaming.connectors.rabbitmq.common.RMQConnectionConfig;

/**
 * RMQSource reading a queue the broker module already declared. The default {@code setupQueue} redeclares the queue
 * without arguments, which RabbitMQ refuses for quorum queues (inequivalent {@code x-queue-type}); a passive
 * declare checks that the queue exists instead.
 */
final class ExistingQueueRMQSource extends RMQSource<SourceRecord> {
    private static final long serialVersionUID = 1L;

    ExistingQueueRMQSource(RMQConnectionConfig config, String queue, boolean usesCorrelationId) {
        super(config, queue, usesCorrelationId, new RabbitDeliveryDecoder());
    }

    @Override
    protected void setupQueue() throws java.io.IOException {
        channel.queueDeclarePassive(queueName);
    }
}
