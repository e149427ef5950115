package io.streambench.flink.source;

import com.rabbitmq.client.ConnectionFactory;
import io.streambench.flink.model.SourceRecord;
import org.apache.flink.streaming.connectors.rabbitmq.RMQSource;
import org.apache.flink.streaming.connectors.rabbitmq.common.RMQConnectionConfig;

import java.util.HashMap;
import java.util.Map;

/**
 * RMQSource reading a queue the broker module already declared. The default {@code setupQueue} redeclares the queue
 * without arguments, which RabbitMQ refuses for quorum queues (inequivalent {@code x-queue-type}); a passive
 * declare checks that the queue exists instead.
 *
 * <p>It also sets the consumer's prefetch. Without one, a quorum queue delivered about 400 messages/s here (measured
 * with a plain amqp-client consumer on RabbitMQ 3.10, acknowledging every 5 s as RMQSource does on checkpoints);
 * the connector's own prefetch setting asks for a global QoS, which quorum queues refuse. With acknowledgements only
 * on checkpoints, the prefetch bounds throughput to about prefetch / checkpoint interval: the largest one AMQP allows
 * gives 13,000 messages/s at a 5 s interval.
 */
final class ExistingQueueRMQSource extends RMQSource<SourceRecord> {
    private static final long serialVersionUID = 1L;
    /** basic.qos carries the prefetch count as an unsigned short. */
    private static final int MAX_PREFETCH = 65_535;

    /** amqp-client configuration keys the connector's own config has no setter for; serializable as a HashMap. */
    private final HashMap<String, String> clientProperties;

    ExistingQueueRMQSource(RMQConnectionConfig config, String queue, boolean usesCorrelationId,
                           Map<String, String> clientProperties) {
        super(config, queue, usesCorrelationId, new RabbitDeliveryDecoder());
        this.clientProperties = new HashMap<>(clientProperties);
    }

    @Override
    protected ConnectionFactory setupConnectionFactory() throws Exception {
        ConnectionFactory factory = super.setupConnectionFactory();
        if (!clientProperties.isEmpty()) {
            factory.load(clientProperties, "");
        }
        return factory;
    }

    @Override
    protected void setupQueue() throws java.io.IOException {
        channel.queueDeclarePassive(queueName);
        channel.basicQos(MAX_PREFETCH, false);
    }
}
