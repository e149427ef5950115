package io.streambench.rabbitmq;

import com.rabbitmq.client.AMQP;

/**
 * A message on its way to the broker, kept until it is confirmed so that it can be published again after a reconnect.
 *
 * @param routingKey       where the topic exchange routes it; null for a stream-protocol write, which goes straight to
 *                         the stream queue
 * @param sendTimeMillis   the writer's clock when it was first published, which travels in a header
 * @param intendedSendTime for a click event, when the loader intended to send it ({@code ClickEvent.sendTime}), from
 *                         which its arrival delay is measured; {@link #NOT_AN_EVENT} for raw messages and markers
 */
record OutgoingMessage(String routingKey, String key, String correlationId, long sendTimeMillis, byte[] body,
                       long intendedSendTime) {
    static final long NOT_AN_EVENT = Long.MIN_VALUE;

    AMQP.BasicProperties properties() {
        return MessageFormat.properties(correlationId, key, sendTimeMillis);
    }

    boolean isEvent() {
        return intendedSendTime != NOT_AN_EVENT;
    }
}
