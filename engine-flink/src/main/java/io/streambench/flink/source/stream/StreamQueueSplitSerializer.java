package io.streambench.flink.source.stream;

import org.apache.flink.core.io.SimpleVersionedSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Writes a split into checkpoints: the stream's name and the two offsets. */
final class StreamQueueSplitSerializer implements SimpleVersionedSerializer<StreamQueueSplit> {
    private static final int VERSION = 1;

    @Override
    public int getVersion() {
        return VERSION;
    }

    @Override
    public byte[] serialize(StreamQueueSplit split) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(split, out);
        }
        return bytes.toByteArray();
    }

    @Override
    public StreamQueueSplit deserialize(int version, byte[] serialized) throws IOException {
        if (version != VERSION) {
            throw new IOException("unknown serialization version " + version + " of a stream queue split");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            return read(in);
        }
    }

    static void write(StreamQueueSplit split, DataOutputStream out) throws IOException {
        out.writeUTF(split.stream());
        out.writeLong(split.nextOffset());
        out.writeLong(split.endOffset());
    }

    static StreamQueueSplit read(DataInputStream in) throws IOException {
        return new StreamQueueSplit(in.readUTF(), in.readLong(), in.readLong());
    }
}
