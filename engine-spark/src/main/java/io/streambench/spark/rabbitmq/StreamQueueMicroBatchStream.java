package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.streaming.Offset;
import org.apache.spark.sql.connector.read.streaming.ReadLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Micro-batches from a stream queue. Spark's offsets are stream offsets, so with the query's checkpoint the source is
 * exactly-once: a restarted query resumes right after the last committed offset, and a batch Spark replays holds the
 * same messages, read again from the stream if the driver no longer keeps them.
 * <p>
 * One consumer on the driver ({@link StreamQueueConsumer}) reads ahead into a bounded buffer; a batch takes its
 * messages from there, in offset order, into one partition. {@code Trigger.AvailableNow} drains up to where the stream
 * ended when the query started ({@link StreamTail}) and then stops.
 */
final class StreamQueueMicroBatchStream extends QueueMicroBatchStream<StreamQueueConsumer> {
    private static final Logger LOG = LoggerFactory.getLogger(StreamQueueMicroBatchStream.class);

    private final InitialOffsetStore initialOffsets;
    private RabbitMqOffset initial;
    /** Where an available-now drain ends; absent otherwise. */
    private Long availableNowEnd;
    /** The batch last read again from the stream: Spark plans a batch's partitions more than once. */
    private BufferedMessagesPartition replayed;
    private long replayedFrom = -1;
    private long replayedUntil = -1;

    StreamQueueMicroBatchStream(SourceOptions options, String checkpointLocation) {
        super(options);
        this.initialOffsets = new InitialOffsetStore(checkpointLocation);
    }

    @Override
    public Offset initialOffset() {
        if (initial == null) {
            initial = new RabbitMqOffset(initialOffsets.readOrKeep(() -> StreamStart.offset(connection, options.uri(),
                    options.queue(), options.startAt(), () -> StreamTail.find(connection, options.uri(), options.queue()))));
            LOG.info("{}: starting at {} is offset {}", options.describeQueue(), options.startAt(), initial.next());
        }
        return initial;
    }

    @Override
    public void prepareForTriggerAvailableNow() {
        availableNowEnd = StreamTail.find(connection, options.uri(), options.queue());
        LOG.info("{}: draining up to offset {}", options.describeQueue(), availableNowEnd);
    }

    @Override
    public Offset latestOffset(Offset start, ReadLimit limit) {
        long from = RabbitMqOffset.nextOf(start);
        StreamQueueConsumer reader = consumerFrom(from);
        // Spark asks for the batch after `start` only once the batches before it are done; if it ever replays one, the
        // stream has it.
        reader.discardBefore(from);
        long max = ReadLimits.maxRows(limit);
        long until = Long.MAX_VALUE;
        if (availableNowEnd != null) {
            until = availableNowEnd;
            awaitAvailableNow(reader, from, until, max);
        }
        List<QueueMessage> batch = reader.messages(from, until, max);
        return new RabbitMqOffset(batch.isEmpty() ? from : batch.get(batch.size() - 1).offset() + 1);
    }

    /** Waits until a full batch is kept, or everything up to the end of the drain was delivered. */
    private void awaitAvailableNow(StreamQueueConsumer reader, long from, long until, long max) {
        long wanted = Math.min(max, StreamQueueConsumer.CAPACITY - StreamQueueConsumer.PREFETCH);
        while (from < until) {
            long seen = reader.arrivals();
            // All kept messages are at or past `from`; any past the end means everything before it is kept too.
            if (reader.deliveredThrough() >= until - 1 || reader.keptBefore(Long.MAX_VALUE) >= wanted) {
                return;
            }
            if (!reader.awaitArrivalAfter(seen, Waits.STALLED)) {
                throw new IllegalStateException(options.describeQueue() + " delivered nothing for "
                        + Waits.STALLED.toSeconds() + " s before reaching offset " + until
                        + ", where it ended when the query started");
            }
        }
    }

    private StreamQueueConsumer consumerFrom(long offset) {
        if (consumer != null && !consumer.canContinueFrom(offset)) {
            consumer.close();
            consumer = null;
        }
        if (consumer == null) {
            consumer = StreamQueueConsumer.attach(connection, options.uri(), options.queue(), offset);
        }
        return consumer;
    }

    @Override
    public InputPartition[] planInputPartitions(Offset start, Offset end) {
        long from = RabbitMqOffset.nextOf(start);
        long until = RabbitMqOffset.nextOf(end);
        BufferedMessagesPartition partition;
        if (until <= from) {
            partition = new BufferedMessagesPartition(List.of());
        } else if (consumer != null && consumer.holds(from, until)) {
            partition = new BufferedMessagesPartition(consumer.messages(from, until, Long.MAX_VALUE));
        } else {
            partition = replay(from, until);
        }
        return new InputPartition[]{partition};
    }

    private BufferedMessagesPartition replay(long from, long until) {
        if (replayedFrom != from || replayedUntil != until) {
            LOG.info("{}: reading offsets {} to {} again for a replayed batch", options.describeQueue(), from, until);
            replayed = new BufferedMessagesPartition(
                    StreamRangeReader.readAll(connection, options.uri(), options.queue(), from, until));
            replayedFrom = from;
            replayedUntil = until;
        }
        return replayed;
    }

    @Override
    public void commit(Offset end) {
        if (consumer != null) {
            consumer.discardBefore(RabbitMqOffset.nextOf(end));
        }
        replayed = null;
        replayedFrom = -1;
        replayedUntil = -1;
    }
}
