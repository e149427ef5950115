package io.streambench.flink.source.stream;

import org.apache.flink.core.io.SimpleVersionedSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Writes the enumerator's checkpoint: the splits no reader holds yet. */
final class UnassignedSplitsSerializer implements SimpleVersionedSerializer<List<StreamQueueSplit>> {
    private static final int VERSION = 1;

    @Override
    public int getVersion() {
        return VERSION;
    }

    @Override
    public byte[] serialize(List<StreamQueueSplit> splits) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(splits.size());
            for (StreamQueueSplit split : splits) {
                StreamQueueSplitSerializer.write(split, out);
            }
        }
        return bytes.toByteArray();
    }

    @Override
    public List<StreamQueueSplit> deserialize(int version, byte[] serialized) throws IOException {
        if (version != VERSION) {
            throw new IOException("unknown serialization version " + version + " of a stream queue source's splits");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            int count = in.readInt();
            List<StreamQueueSplit> splits = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                splits.add(StreamQueueSplitSerializer.read(in));
            }
            return splits;
        }
    }
}
