package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Delivery;
import io.streambench.api.run.QueueType;

import java.util.Map;
import java.util.OptionalLong;

/** The {@link QueueType#STREAM_OFFSET} header: RabbitMQ sets it on every delivery from a stream queue, only there. */
final class StreamOffsets {
    private StreamOffsets() {
    }

    static OptionalLong of(Delivery delivery) {
        Map<String, Object> headers = delivery.getProperties().getHeaders();
        Object offset = headers == null ? null : headers.get(QueueType.STREAM_OFFSET);
        return offset instanceof Number number ? OptionalLong.of(number.longValue()) : OptionalLong.empty();
    }
}
