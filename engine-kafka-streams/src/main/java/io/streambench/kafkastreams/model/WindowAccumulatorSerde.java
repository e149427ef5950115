package io.streambench.kafkastreams.model;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/** A window's accumulator in state stores and their changelog topics: three longs and the users. */
public final class WindowAccumulatorSerde implements Serde<WindowAccumulator> {
    @Override
    public Serializer<WindowAccumulator> serializer() {
        return (topic, accumulator) -> {
            if (accumulator == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + accumulator.users().size() * 12);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeLong(accumulator.events());
                out.writeLong(accumulator.sum());
                out.writeLong(accumulator.maxSendTime());
                out.writeInt(accumulator.users().size());
                for (String user : accumulator.users()) {
                    out.writeUTF(user);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        };
    }

    @Override
    public Deserializer<WindowAccumulator> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                long count = in.readLong();
                long sum = in.readLong();
                long maxSendTime = in.readLong();
                int size = in.readInt();
                Set<String> users = new HashSet<>(Math.max(16, size * 2));
                for (int i = 0; i < size; i++) {
                    users.add(in.readUTF());
                }
                return new WindowAccumulator(count, sum, maxSendTime, users);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
