package io.streambench.kafkastreams.stage;

import io.streambench.kafkastreams.model.WindowAccumulator;
import io.streambench.kafkastreams.model.WindowAccumulatorSerde;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** A key's open count window: the ordinal of its first event and its accumulator. */
record CountWindowState(long start, WindowAccumulator window) {
    static CountWindowState first() {
        return new CountWindowState(0, WindowAccumulator.empty());
    }

    CountWindowState next(long size) {
        return new CountWindowState(start + size, WindowAccumulator.empty());
    }

    /** The start, then the accumulator as {@link WindowAccumulatorSerde} writes it. */
    static final class Serde implements org.apache.kafka.common.serialization.Serde<CountWindowState> {
        private final WindowAccumulatorSerde accumulators = new WindowAccumulatorSerde();

        @Override
        public Serializer<CountWindowState> serializer() {
            Serializer<WindowAccumulator> window = accumulators.serializer();
            return (topic, state) -> {
                if (state == null) {
                    return null;
                }
                byte[] accumulator = window.serialize(topic, state.window());
                return ByteBuffer.allocate(Long.BYTES + accumulator.length).putLong(state.start()).put(accumulator)
                        .array();
            };
        }

        @Override
        public Deserializer<CountWindowState> deserializer() {
            Deserializer<WindowAccumulator> window = accumulators.deserializer();
            return (topic, bytes) -> bytes == null ? null : new CountWindowState(ByteBuffer.wrap(bytes).getLong(),
                    window.deserialize(topic, Arrays.copyOfRange(bytes, Long.BYTES, bytes.length)));
        }
    }
}
