package io.streambench.flink.model;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.event.MalformedEventException;

/**
 * What a source emits: a decoded event, or the bytes of a message that was not one (with the reason), and where in
 * the stream it was. Decoding happens in the source so that the watermark sees event times; malformed messages are
 * routed aside right after it.
 *
 * @param offset Kafka offset, or the position in the queue as read for RabbitMQ
 */
public record SourceRecord(ClickEvent event, byte[] malformedPayload, String problem, int partition, long offset) {

    public static SourceRecord decode(byte[] payload, int partition, long offset) {
        try {
            return new SourceRecord(ClickEventCodec.decode(payload), null, null, partition, offset);
        } catch (MalformedEventException e) {
            return new SourceRecord(null, payload, e.getMessage(), partition, offset);
        }
    }

    public boolean isMalformed() {
        return event == null;
    }
}
