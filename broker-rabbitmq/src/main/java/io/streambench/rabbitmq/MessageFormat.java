package io.streambench.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Delivery;
import com.rabbitmq.stream.Message;
import com.rabbitmq.stream.MessageBuilder;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.run.QueueType;

import java.util.Date;
import java.util.Map;

/**
 * How a message carries what a Kafka record has in its own fields: the key and the send time, in headers. AMQP's
 * timestamp property has only second resolution, so the writer's wall clock in milliseconds goes in a header and is
 * read back as {@link ReadMessage#brokerTimestamp}.
 *
 * <p>Stream-protocol writes are AMQP 1.0 messages: the headers are application properties, which RabbitMQ (3.10
 * checked) delivers to AMQP 0-9-1 consumers as headers of the same names and types (a string as a long string, a long
 * as a long), the correlation id as the correlation-id property and the creation time as the timestamp (in seconds);
 * so {@link #read(Delivery)} reads both kinds of writes alike.
 */
final class MessageFormat {
    static final String SEND_TIME_HEADER = "streambench-send-time-ms";
    static final String KEY_HEADER = "streambench-key";
    static final long NO_OFFSET = -1;
    static final long UNKNOWN_TIME = -1;

    private static final int PERSISTENT = 2;

    private MessageFormat() {
    }

    static AMQP.BasicProperties properties(String correlationId, String key, long sendTimeMillis) {
        Map<String, Object> headers = key == null
                ? Map.of(SEND_TIME_HEADER, sendTimeMillis)
                : Map.of(SEND_TIME_HEADER, sendTimeMillis, KEY_HEADER, key);
        return new AMQP.BasicProperties.Builder()
                .deliveryMode(PERSISTENT)
                .correlationId(correlationId)
                .timestamp(new Date(sendTimeMillis))
                .headers(headers)
                .build();
    }

    /** The same as {@link #properties} for the stream protocol, on a builder from the producer. */
    static Message streamMessage(MessageBuilder builder, OutgoingMessage message) {
        MessageBuilder.ApplicationPropertiesBuilder headers = builder
                .properties().correlationId(message.correlationId()).creationTime(message.sendTimeMillis())
                .messageBuilder()
                .applicationProperties().entry(SEND_TIME_HEADER, message.sendTimeMillis());
        if (message.key() != null) {
            headers.entry(KEY_HEADER, message.key());
        }
        return headers.messageBuilder().addData(message.body()).build();
    }

    static ReadMessage read(Delivery delivery) {
        AMQP.BasicProperties properties = delivery.getProperties();
        Map<String, Object> headers = properties.getHeaders() == null ? Map.of() : properties.getHeaders();
        Object key = headers.get(KEY_HEADER);
        return new ReadMessage(key == null ? null : key.toString(), delivery.getBody(), 0,
                longHeader(headers, QueueType.STREAM_OFFSET, NO_OFFSET), sendTime(properties, headers));
    }

    /** The writer's send time; for messages from other writers the second-resolution timestamp, if they set one. */
    private static long sendTime(AMQP.BasicProperties properties, Map<String, Object> headers) {
        if (headers.get(SEND_TIME_HEADER) instanceof Number) {
            return ((Number) headers.get(SEND_TIME_HEADER)).longValue();
        }
        return properties.getTimestamp() == null ? UNKNOWN_TIME : properties.getTimestamp().getTime();
    }

    private static long longHeader(Map<String, Object> headers, String name, long absent) {
        Object value = headers.get(name);
        return value instanceof Number ? ((Number) value).longValue() : absent;
    }
}
