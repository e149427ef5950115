package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.streaming.Offset;
import org.apache.spark.sql.connector.read.streaming.ReadLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Micro-batches from a classic or quorum queue, at-least-once. Such a queue is not replayable: reading consumes. The
 * driver's consumer ({@link ConsumedQueueConsumer}) keeps each delivery unacknowledged until Spark has committed the
 * batch holding it, then acknowledges up to its last delivery tag; what a stopped or failed query had not committed
 * goes back to the queue and comes again after a restart (a batch Spark replays then holds those redeliveries). Spark's
 * offsets are sequence numbers the source gives deliveries in order, continuing across restarts.
 * <p>
 * {@code Trigger.AvailableNow} drains the messages ready when the query started (the queue's message count), or stops
 * earlier once none came for {@link Waits#QUIET_QUEUE}.
 */
final class ConsumedQueueMicroBatchStream extends QueueMicroBatchStream<ConsumedQueueConsumer> {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumedQueueMicroBatchStream.class);

    /** An available-now drain takes only the first deliveries, as many as were ready when it started. */
    private long availableNowArrivals = Long.MAX_VALUE;
    private boolean availableNow;

    ConsumedQueueMicroBatchStream(SourceOptions options) {
        super(options);
    }

    @Override
    public Offset initialOffset() {
        return new RabbitMqOffset(0);
    }

    @Override
    public void prepareForTriggerAvailableNow() {
        long ready = QueueConnections.readyMessages(connection, options.uri(), options.queue());
        availableNowArrivals = (consumer == null ? 0 : consumer.arrivals()) + ready;
        availableNow = true;
        LOG.info("{}: draining the {} messages ready now", options.describeQueue(), ready);
    }

    @Override
    public Offset latestOffset(Offset start, ReadLimit limit) {
        long from = RabbitMqOffset.nextOf(start);
        ConsumedQueueConsumer reader = consumerFrom(from);
        // Spark's MicroBatchExecution asks for the batch after `start` only once the batch ending at `start` is in its
        // commit log (it calls commit(end) later still, while it plans the next batch, and never for the last batch of
        // a run), so it is acknowledged here; otherwise the final batch of every run would come again in the next.
        reader.acknowledgeBefore(from);
        long max = Math.min(ReadLimits.maxRows(limit), ConsumedQueueConsumer.PREFETCH);
        if (availableNow) {
            awaitAvailableNow(reader, max);
        }
        List<QueueMessage> batch = reader.messages(from, Long.MAX_VALUE, max, availableNowArrivals);
        return new RabbitMqOffset(batch.isEmpty() ? from : batch.get(batch.size() - 1).offset() + 1);
    }

    /** Waits until a full batch is kept, every counted message came, or none came for {@link Waits#QUIET_QUEUE}. */
    private void awaitAvailableNow(ConsumedQueueConsumer reader, long max) {
        while (true) {
            long seen = reader.arrivals();
            if (seen >= availableNowArrivals || reader.keptBefore(availableNowArrivals) >= max) {
                return;
            }
            if (!reader.awaitArrivalAfter(seen, Waits.QUIET_QUEUE)) {
                LOG.info("{}: {} of the {} messages counted came; draining ends", options.describeQueue(), seen,
                        availableNowArrivals);
                return;
            }
        }
    }

    private ConsumedQueueConsumer consumerFrom(long sequence) {
        if (consumer == null) {
            consumer = ConsumedQueueConsumer.attach(connection, options.uri(), options.queue(), sequence);
        }
        return consumer;
    }

    @Override
    public InputPartition[] planInputPartitions(Offset start, Offset end) {
        long from = RabbitMqOffset.nextOf(start);
        long until = RabbitMqOffset.nextOf(end);
        if (until <= from) {
            return new InputPartition[]{new BufferedMessagesPartition(List.of())};
        }
        ConsumedQueueConsumer reader = consumerFrom(from);
        if (!reader.holds(from, until)) {
            awaitRedeliveries(reader, from, until);
        }
        List<QueueMessage> messages = reader.messages(from, until, Long.MAX_VALUE, Long.MAX_VALUE);
        if (messages.size() < until - from) {
            LOG.warn("{}: a replayed batch was {} messages, only {} came back", options.describeQueue(), until - from,
                    messages.size());
            reader.skipTo(until);
        }
        return new InputPartition[]{new BufferedMessagesPartition(messages)};
    }

    /**
     * Spark replays a batch it had not committed when the query stopped (it is in its offset log): its messages were
     * never acknowledged, so the broker delivers them again, first. They are numbered as the batch was.
     */
    private void awaitRedeliveries(ConsumedQueueConsumer reader, long from, long until) {
        if (reader.retainedFrom() > from) {
            throw new IllegalStateException(options.describeQueue() + ": cannot give Spark messages " + from + " to "
                    + until + " again, they were acknowledged; classic and quorum queues are not replayable");
        }
        LOG.info("{}: replaying messages {} to {} from redeliveries", options.describeQueue(), from, until);
        while (true) {
            long seen = reader.arrivals();
            if (reader.nextSequence() >= until || !reader.awaitArrivalAfter(seen, Waits.QUIET_QUEUE)) {
                return;
            }
        }
    }

    /** Spark committed every batch up to {@code end}: their messages leave the queue for good. */
    @Override
    public void commit(Offset end) {
        if (consumer != null) {
            consumer.acknowledgeBefore(RabbitMqOffset.nextOf(end));
        }
    }
}
