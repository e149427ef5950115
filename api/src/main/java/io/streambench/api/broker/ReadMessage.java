package io.streambench.api.broker;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;

/**
 * A message as a reader got it: the bytes exactly as written, where it was in the stream, and when the broker took it
 * ({@code brokerTimestamp}, epoch ms: Kafka's record timestamp, RabbitMQ's publish timestamp).
 *
 * @param partition Kafka partition, 0 for queues
 * @param offset    Kafka offset or stream-queue offset; -1 for classic and quorum queues, which have none
 */
public record ReadMessage(String key, byte[] payload, int partition, long offset, long brokerTimestamp) {
    /** The event in the payload; throws {@link io.streambench.api.event.MalformedEventException} if there is none. */
    public ClickEvent decode() {
        return ClickEventCodec.decode(payload);
    }
}
