package io.streambench.spark.rabbitmq;

import com.rabbitmq.stream.Consumer;
import com.rabbitmq.stream.ConsumerFlowStrategy;
import com.rabbitmq.stream.OffsetSpecification;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A consumer of a stream queue that keeps no messages, only what the chunks it receives say: the first offset of the
 * first one, and where the last one ends (its first offset plus its message count), which is where the stream ended
 * when that chunk came. The broker sends only committed chunks, whole, so that end is exact.
 */
final class ChunkWatcher implements ConsumerFlowStrategy, AutoCloseable {
    private static final MessageProcessedCallback NOTHING_TO_DO = context -> {
    };

    private final Object lock = new Object();
    private long firstChunk = -1;
    private long end = -1;
    private Consumer consumer;

    private ChunkWatcher() {
    }

    static ChunkWatcher attach(StreamClient client, String stream, OffsetSpecification at) {
        ChunkWatcher watcher = new ChunkWatcher();
        watcher.consumer = client.environment().consumerBuilder()
                .stream(stream)
                .offset(at)
                .noTrackingStrategy()
                .flow().strategy(watcher).builder()
                .messageHandler((context, message) -> {
                })
                .build();
        return watcher;
    }

    @Override
    public int initialCredits() {
        return 1;
    }

    /** Called as a chunk arrives, before its messages. */
    @Override
    public MessageProcessedCallback start(Context chunk) {
        synchronized (lock) {
            if (firstChunk < 0) {
                firstChunk = chunk.chunkId();
            }
            end = Math.max(end, chunk.chunkId() + chunk.messageCount());
            lock.notifyAll();
        }
        chunk.credits(1);
        return NOTHING_TO_DO;
    }

    /** Whether a chunk came, waiting for one up to {@code wait}. */
    boolean awaitChunk(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (lock) {
            try {
                for (long left = wait.toNanos(); firstChunk < 0 && left > 0; left = deadline - System.nanoTime()) {
                    lock.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                throw Waits.interrupted(e, "waiting for a chunk of a stream queue");
            }
            return firstChunk >= 0;
        }
    }

    OptionalLong firstChunk() {
        synchronized (lock) {
            return firstChunk < 0 ? OptionalLong.empty() : OptionalLong.of(firstChunk);
        }
    }

    OptionalLong end() {
        synchronized (lock) {
            return end < 0 ? OptionalLong.empty() : OptionalLong.of(end);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
