package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch read ({@code spark.read()}) of a stream queue: what the stream holds when the read is planned, from the
 * {@code startAt} position up to its end then ({@link StreamTail}). Messages written later are not read. The offsets
 * are split into partitions ({@link StreamRangePartition}), each read by its task straight from the stream.
 */
final class StreamQueueBatch implements Batch {
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
        try (StreamClient client = StreamClient.openToQueue(options, "spark batch read of " + options.queue())) {
            long end = StreamTail.find(client, options.queue());
            long start = StreamStart.offset(client, options.queue(), options.startAt(), () -> end);
            LOG.info("{}: reading offsets {} to {}", options.describeQueue(), start, end);
            return StreamRangePartition.cover(options.streamUri(), options.queue(), start, end);
        }
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        return new StreamRangeReaderFactory();
    }
}
