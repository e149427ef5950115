package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;

/** Reads a {@link StreamRangePartition} in its task, on a stream connection of its own, closed with the reader. */
final class StreamRangeReaderFactory implements PartitionReaderFactory {
    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        StreamRangePartition range = (StreamRangePartition) partition;
        return new PartitionReader<>() {
            private StreamClient client;
            private StreamRangeReader reader;
            private QueueMessage current;

            @Override
            public boolean next() {
                if (reader == null) {
                    client = StreamClient.open(range.streamUri());
                    reader = StreamRangeReader.open(client, range.stream(), range.from(), range.until());
                }
                current = reader.next();
                return current != null;
            }

            @Override
            public InternalRow get() {
                return MessageSchema.row(current);
            }

            @Override
            public void close() {
                if (reader != null) {
                    reader.close();
                }
                if (client != null) {
                    client.close();
                }
            }
        };
    }
}
