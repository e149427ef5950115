package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Delivery;

import java.util.Map;
import java.util.OptionalLong;

/** The {@code x-stream-offset} header: RabbitMQ sets it on every delivery from a stream queue, and only there. */
final class StreamOffsets {
    static final String HEADER = "x-stream-offset";

    private StreamOffsets() {
    }

    static OptionalLong of(Delivery delivery) {
        Map<String, Object> headers = delivery.getProperties().getHeaders();
        Object offset = headers == null ? null : headers.get(HEADER);
        return offset instanceof Number number ? OptionalLong.of(number.longValue()) : OptionalLong.empty();
    }
}
