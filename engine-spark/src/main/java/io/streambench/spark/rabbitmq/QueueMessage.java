package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Delivery;

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
}
