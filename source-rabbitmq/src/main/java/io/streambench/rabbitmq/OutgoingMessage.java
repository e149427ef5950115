package io.streambench.rabbitmq;

import com.rabbitmq.client.AMQP;

/** A message on its way to the broker, kept until it is confirmed so that it can be published again after a reconnect. */
record OutgoingMessage(String routingKey, String key, String correlationId, long sendTimeMillis, byte[] body) {
    AMQP.BasicProperties properties() {
        return MessageFormat.properties(correlationId, key, sendTimeMillis);
    }
}
