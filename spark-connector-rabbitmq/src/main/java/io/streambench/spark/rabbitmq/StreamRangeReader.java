package io.streambench.spark.rabbitmq;

import com.rabbitmq.stream.Consumer;
import com.rabbitmq.stream.ConsumerFlowStrategy;
import com.rabbitmq.stream.Message;
import com.rabbitmq.stream.MessageHandler;
import com.rabbitmq.stream.OffsetSpecification;
import com.rabbitmq.stream.Resource;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the messages with {@code from <= offset < until} from a stream queue, in offset order, with a stream-client
 * consumer of its own: a part of a micro-batch or of a batch read, in its task. It stops at the first offset at or
 * beyond {@code until - 1}, so a range whose last offsets were removed by retention still ends, as long as the stream
 * goes on past it (the end of a range is always at most the end of the stream when the range was planned).
 * <p>
 * Memory is bounded by credit: the broker sends the next chunk only once half of one in flight was taken by
 * {@link #next()}, so at most {@link #CHUNKS_AHEAD} chunks and a half wait here.
 */
final class StreamRangeReader implements AutoCloseable {
    private static final int CHUNKS_AHEAD = 2;
    private static final long POLL_MILLIS = 100;

    private record Received(MessageHandler.Context context, Message message) {
    }

    private final StreamClient client;
    private final String stream;
    private final long from;
    private final long until;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    /** Taken from {@link #received} all at once: one hand-over per burst rather than per message. */
    private final Queue<Received> taken = new ArrayDeque<>();
    private volatile String endedBecause;
    private volatile boolean closing;
    private Consumer consumer;
    /** The lowest offset still to be handed on; a consumer the client re-attached may deliver earlier ones again. */
    private long wanted;
    private boolean done;

    private StreamRangeReader(StreamClient client, String stream, long from, long until) {
        this.client = client;
        this.stream = stream;
        this.from = from;
        this.until = until;
        this.wanted = from;
        this.done = until <= from;
    }

    static StreamRangeReader open(StreamClient client, String stream, long from, long until) {
        StreamRangeReader reader = new StreamRangeReader(client, stream, from, until);
        if (!reader.done) {
            reader.consumer = client.environment().consumerBuilder()
                    .stream(stream)
                    // The broker starts at the chunk holding `from`; the client skips the offsets before it.
                    .offset(OffsetSpecification.offset(from))
                    .noTrackingStrategy()
                    .flow().strategy(ConsumerFlowStrategy.creditWhenHalfMessagesProcessed(CHUNKS_AHEAD)).builder()
                    .messageHandler((context, message) -> reader.received.add(new Received(context, message)))
                    .listeners(reader::stateChanged)
                    .build();
        }
        return reader;
    }

    private void stateChanged(Resource.Context change) {
        if (change.currentState() == Resource.State.CLOSED && !closing) {
            endedBecause = "the consumer was closed (was the stream deleted?)";
        }
    }

    /**
     * The next message of the range, or null after its last.
     *
     * @throws IllegalStateException if the stream delivers nothing for {@link Waits#STALLED}, or the consumer ends
     */
    QueueMessage next() {
        while (!done) {
            Received next = poll();
            next.context().processed();
            long offset = next.context().offset();
            done = offset >= until - 1;
            if (offset >= wanted && offset < until) {
                wanted = offset + 1;
                return QueueMessage.of(offset, next.message());
            }
        }
        return null;
    }

    private Received poll() {
        long deadline = System.nanoTime() + Waits.STALLED.toNanos();
        try {
            while (true) {
                if (taken.isEmpty()) {
                    received.drainTo(taken);
                }
                Received next = taken.isEmpty() ? received.poll(POLL_MILLIS, TimeUnit.MILLISECONDS) : taken.poll();
                if (next != null) {
                    return next;
                }
                if (endedBecause != null) {
                    throw new IllegalStateException("rabbitmq: reading offsets " + from + " to " + until + " of "
                            + client.describe(stream) + " stopped: " + endedBecause);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(client.describe(stream) + " delivered nothing for "
                            + Waits.STALLED.toSeconds() + " s while reading offsets " + from + " to " + until);
                }
            }
        } catch (InterruptedException e) {
            throw Waits.interrupted(e, "reading stream queue '" + stream + "'");
        }
    }

    @Override
    public void close() {
        closing = true;
        if (consumer != null) {
            consumer.close();
        }
    }
}
