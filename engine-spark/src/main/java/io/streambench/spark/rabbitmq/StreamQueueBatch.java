package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Connection;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch read ({@code spark.read()}) of a stream queue: what the stream holds when the read is planned, from the
 * {@code startAt} position up to its end then ({@link StreamTail}). Messages written later are not read. The offsets
 * are split into partitions of at most {@link #OFFSETS_PER_PARTITION}, each read by its task straight from the stream.
 */
final class StreamQueueBatch implements Batch {
    static final long OFFSETS_PER_PARTITION = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(StreamQueueBatch.class);

    private final SourceOptions options;
    private InputPartition[] partitions;

    StreamQueueBatch(SourceOptions options) {
        this.options = options;
    }

    /** Planned once: asked again, the same batch reads the same offsets. */
    @Override
    public InputPartition[] planInputPartitions() {
        if (partitions == null) {
            partitions = plan();
        }
        return partitions.clone();
    }

    private InputPartition[] plan() {
        Connection connection = QueueConnections.openToQueue(options.uri(), options.clientProperties(), options.queue(),
                "spark batch read of " + options.queue());
        try {
            long end = StreamTail.find(connection, options.uri(), options.queue());
            long start = StreamStart.offset(connection, options.uri(), options.queue(), options.startAt(), () -> end);
            LOG.info("{}: reading offsets {} to {}", options.describeQueue(), start, end);
            List<InputPartition> ranges = new ArrayList<>();
            for (long from = start; from < end; from += OFFSETS_PER_PARTITION) {
                ranges.add(new StreamRangePartition(options.uri(), options.clientProperties(), options.queue(), from,
                        Math.min(end, from + OFFSETS_PER_PARTITION)));
            }
            return ranges.toArray(new InputPartition[0]);
        } finally {
            QueueConnections.close(connection);
        }
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        return new StreamRangeReaderFactory();
    }
}
