package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Connection;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;

/** Reads a {@link StreamRangePartition} in the task, on a connection of its own, closed with the reader. */
final class StreamRangeReaderFactory implements PartitionReaderFactory {
    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        StreamRangePartition range = (StreamRangePartition) partition;
        return new PartitionReader<>() {
            private Connection connection;
            private StreamRangeReader reader;
            private QueueMessage current;

            @Override
            public boolean next() {
                if (reader == null) {
                    connection = QueueConnections.open(range.uri(), range.clientProperties(),
                            "spark batch read of " + range.queue());
                    reader = StreamRangeReader.open(connection, range.uri(), range.queue(), range.from(), range.until());
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
                QueueConnections.close(connection);
            }
        };
    }
}
