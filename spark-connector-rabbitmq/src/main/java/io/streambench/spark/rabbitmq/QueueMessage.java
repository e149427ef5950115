package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Delivery;
import com.rabbitmq.stream.Message;
import com.rabbitmq.stream.Properties;

import java.io.Serializable;
import java.util.Date;

/**
 * One message as the source hands it to Spark.
 *
 * @param offset          the stream offset (stream queues) or the sequence number the source gave it (classic, quorum)
 * @param body            the message body, untouched
 * @param timestampMillis the AMQP timestamp property (whole seconds), or null if the publisher set none
 */
record QueueMessage(long offset, byte[] body, Long timestampMillis) implements Serializable {
    static QueueMessage of(long offset, Delivery delivery) {
        Date timestamp = delivery.getProperties().getTimestamp();
        return new QueueMessage(offset, delivery.getBody(), timestamp == null ? null : timestamp.getTime());
    }

    /** From the stream protocol, where the AMQP 0-9-1 timestamp property arrives as the creation time (0 if unset). */
    static QueueMessage of(long offset, Message message) {
        Properties properties = message.getProperties();
        long created = properties == null ? 0 : properties.getCreationTime();
        return new QueueMessage(offset, message.getBodyAsBinary(), created > 0 ? created : null);
    }
}
