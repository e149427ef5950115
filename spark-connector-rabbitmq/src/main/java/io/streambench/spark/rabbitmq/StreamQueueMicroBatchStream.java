package io.streambench.spark.rabbitmq;

import com.rabbitmq.stream.OffsetSpecification;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.streaming.MicroBatchStream;
import org.apache.spark.sql.connector.read.streaming.Offset;
import org.apache.spark.sql.connector.read.streaming.ReadLimit;
import org.apache.spark.sql.connector.read.streaming.SupportsTriggerAvailableNow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Micro-batches from a stream queue, read through the stream protocol. Spark's offsets are stream offsets, so with
 * the query's checkpoint the source is exactly-once: a restarted query resumes right after the last committed offset,
 * and a batch Spark replays holds the same messages, since its tasks read its offsets from the stream again.
 * <p>
 * The driver reads no messages: it learns where the stream ends from the chunks a consumer attached at its end
 * receives ({@link ChunkWatcher}), and a batch is the offsets from its start up to that end, at most as many as the
 * read limit admits (offsets in a stream are consecutive). Its tasks read them ({@link StreamRangeReader}).
 * {@code Trigger.AvailableNow} drains up to where the stream ended when the query started ({@link StreamTail}).
 */
final class StreamQueueMicroBatchStream implements MicroBatchStream, SupportsTriggerAvailableNow {
    private static final Logger LOG = LoggerFactory.getLogger(StreamQueueMicroBatchStream.class);

    private final SourceOptions options;
    private final StreamClient client;
    private final InitialOffsetStore initialOffsets;
    private RabbitMqOffset initial;
    /** Where an available-now drain ends; absent otherwise. */
    private Long availableNowEnd;
    /** Follows the end of the stream; attached at the first batch that is not part of a drain. */
    private ChunkWatcher tail;

    StreamQueueMicroBatchStream(SourceOptions options, String checkpointLocation) {
        this.options = options;
        this.client = StreamClient.openToQueue(options, "spark source of " + options.queue());
        this.initialOffsets = new InitialOffsetStore(checkpointLocation);
    }

    @Override
    public Offset initialOffset() {
        if (initial == null) {
            initial = new RabbitMqOffset(initialOffsets.readOrKeep(() -> StreamStart.offset(client, options.queue(),
                    options.startAt(), () -> StreamTail.find(client, options.queue()))));
            LOG.info("{}: starting at {} is offset {}", options.describeQueue(), options.startAt(), initial.next());
        }
        return initial;
    }

    @Override
    public void prepareForTriggerAvailableNow() {
        availableNowEnd = StreamTail.find(client, options.queue());
        LOG.info("{}: draining up to offset {}", options.describeQueue(), availableNowEnd);
    }

    @Override
    public Offset latestOffset(Offset start, ReadLimit limit) {
        long from = RabbitMqOffset.nextOf(start);
        long end = availableNowEnd != null ? availableNowEnd : followedEnd();
        long max = ReadLimits.maxRows(limit);
        return new RabbitMqOffset(end <= from ? from : end - from <= max ? end : from + max);
    }

    private long followedEnd() {
        if (tail == null) {
            tail = ChunkWatcher.attach(client, options.queue(), OffsetSpecification.last());
            // the last chunk comes at once; only an empty stream keeps the first batch waiting this long
            tail.awaitChunk(Waits.QUIET_STREAM);
        }
        return tail.end().orElse(0);
    }

    @Override
    public InputPartition[] planInputPartitions(Offset start, Offset end) {
        return StreamRangePartition.cover(options.streamUri(), options.queue(), RabbitMqOffset.nextOf(start),
                RabbitMqOffset.nextOf(end));
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        return new StreamRangeReaderFactory();
    }

    @Override
    public Offset deserializeOffset(String json) {
        return RabbitMqOffset.fromJson(json);
    }

    @Override
    public ReadLimit getDefaultReadLimit() {
        return ReadLimits.of(options.maxMessagesPerTrigger());
    }

    @Override
    public Offset latestOffset() {
        throw new UnsupportedOperationException("the rabbitmq source takes a read limit: latestOffset(Offset, ReadLimit)");
    }

    /** The stream keeps its messages whatever Spark committed. */
    @Override
    public void commit(Offset end) {
    }

    @Override
    public void stop() {
        try {
            if (tail != null) {
                tail.close();
            }
        } finally {
            client.close();
        }
    }

    @Override
    public String toString() {
        return options.describeQueue();
    }
}
