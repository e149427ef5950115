package io.streambench.kafkastreams.model;

import io.streambench.api.event.ClickEventCodec;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An event in repartition topics: its source partition, the category's length (-1 for none) and bytes, then the event in the wire format
 * the loader writes, so that one codec reads events wherever they are.
 */
public final class KeyedEventSerde implements Serde<KeyedEvent> {
    @Override
    public Serializer<KeyedEvent> serializer() {
        return (topic, keyed) -> {
            if (keyed == null) {
                return null;
            }
            byte[] category = keyed.category() == null ? new byte[0] : keyed.category().getBytes(StandardCharsets.UTF_8);
            byte[] event = ClickEventCodec.encode(keyed.event());
            return ByteBuffer.allocate(2 * Integer.BYTES + category.length + event.length)
                    .putInt(keyed.sourcePartition()).putInt(keyed.category() == null ? -1 : category.length).put(category).put(event).array();
        };
    }

    @Override
    public Deserializer<KeyedEvent> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int sourcePartition = buffer.getInt();
            int length = buffer.getInt();
            String category = length < 0 ? null
                    : new String(bytes, 2 * Integer.BYTES, length, StandardCharsets.UTF_8);
            int eventStart = 2 * Integer.BYTES + Math.max(length, 0);
            return new KeyedEvent(ClickEventCodec.decode(Arrays.copyOfRange(bytes, eventStart, bytes.length)),
                    sourcePartition, category);
        };
    }
}
