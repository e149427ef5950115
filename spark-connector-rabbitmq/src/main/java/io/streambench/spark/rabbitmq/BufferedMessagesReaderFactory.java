package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;

import java.util.Iterator;

/** Turns a {@link BufferedMessagesPartition} into rows; nothing to connect to, the messages travel in the partition. */
final class BufferedMessagesReaderFactory implements PartitionReaderFactory {
    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        Iterator<QueueMessage> messages = ((BufferedMessagesPartition) partition).messages().iterator();
        return new PartitionReader<>() {
            private QueueMessage current;

            @Override
            public boolean next() {
                current = messages.hasNext() ? messages.next() : null;
                return current != null;
            }

            @Override
            public InternalRow get() {
                return MessageSchema.row(current);
            }

            @Override
            public void close() {
                current = null;
            }
        };
    }
}
