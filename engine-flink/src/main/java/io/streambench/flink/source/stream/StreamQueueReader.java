package io.streambench.flink.source.stream;

import com.rabbitmq.stream.Consumer;
import com.rabbitmq.stream.ConsumerFlowStrategy;
import com.rabbitmq.stream.Environment;
import com.rabbitmq.stream.MessageHandler;
import com.rabbitmq.stream.OffsetSpecification;
import io.streambench.flink.model.SourceRecord;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.core.io.InputStatus;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the stream queue's split from its next offset with a stream-client consumer, and keeps that offset as the
 * split's state, so a restored reader attaches where the checkpoint left off.
 */
final class StreamQueueReader implements SourceReader<SourceRecord, StreamQueueSplit> {
    /**
     * Chunks the broker may send before the task took half of one: with the client's default of 10 and chunks of up to
     * a few thousand messages, a slow job would hold tens of thousands of messages here.
     */
    private static final int CHUNKS_AHEAD = 2;

    private final String streamUri;
    private final Handoff<Delivery> deliveries = new Handoff<>();
    private StreamQueueSplit split;
    private boolean noMoreSplits;
    private Environment environment;
    private Consumer consumer;

    /** A message as the client handed it out; its context tells the flow strategy when the task took it. */
    private record Delivery(long offset, byte[] body, MessageHandler.Context context) {
    }

    StreamQueueReader(String streamUri) {
        this.streamUri = streamUri;
    }

    @Override
    public void start() {
    }

    @Override
    public InputStatus pollNext(ReaderOutput<SourceRecord> output) {
        if (split == null) {
            return noMoreSplits ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
        }
        if (split.isFinished()) {
            return InputStatus.END_OF_INPUT;
        }
        Delivery delivery = deliveries.poll();
        if (delivery == null) {
            return InputStatus.NOTHING_AVAILABLE;
        }
        delivery.context().processed();
        // The broker delivers whole chunks, so the first one may start before the offset asked for.
        if (delivery.offset() >= split.nextOffset()) {
            if (delivery.offset() < split.endOffset()) {
                output.collect(SourceRecord.decode(delivery.body(), 0, delivery.offset()));
            }
            split = split.after(delivery.offset());
        }
        return InputStatus.MORE_AVAILABLE;
    }

    @Override
    public CompletableFuture<Void> isAvailable() {
        boolean ended = split == null ? noMoreSplits : split.isFinished();
        return ended ? CompletableFuture.completedFuture(null) : deliveries.availability();
    }

    @Override
    public void addSplits(List<StreamQueueSplit> splits) {
        if (split != null || splits.size() != 1) {
            throw new IllegalStateException("a stream queue reader reads exactly one split, was given " + splits
                    + (split == null ? "" : " while reading " + split));
        }
        split = splits.get(0);
        if (!split.isFinished()) {
            subscribe();
        }
        deliveries.wakeUp();
    }

    private void subscribe() {
        environment = StreamEnvironments.open(streamUri);
        consumer = environment.consumerBuilder().stream(split.stream())
                .offset(OffsetSpecification.offset(split.nextOffset()))
                .noTrackingStrategy()
                .flow().strategy(ConsumerFlowStrategy.creditWhenHalfMessagesProcessed(CHUNKS_AHEAD)).builder()
                .messageHandler((context, message) ->
                        deliveries.add(new Delivery(context.offset(), message.getBodyAsBinary(), context)))
                .build();
    }

    @Override
    public void notifyNoMoreSplits() {
        noMoreSplits = true;
        deliveries.wakeUp();
    }

    @Override
    public List<StreamQueueSplit> snapshotState(long checkpointId) {
        return split == null ? List.of() : List.of(split);
    }

    @Override
    public void close() {
        if (consumer != null) {
            consumer.close();
        }
        if (environment != null) {
            environment.close();
        }
    }
}
