package io.streambench.flink.source.stream;

import com.rabbitmq.stream.Consumer;
import com.rabbitmq.stream.ConsumerFlowStrategy;
import com.rabbitmq.stream.Environment;
import com.rabbitmq.stream.OffsetSpecification;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Attaches to a stream with a single credit, so the broker delivers the one chunk where the attach point lies and
 * nothing after it, and reports that chunk.
 */
final class ChunkProbe {
    private ChunkProbe() {
    }

    /** @return the chunk at {@code at}, or empty if none arrived within {@code wait} (nothing is stored there yet) */
    static Optional<Chunk> first(Environment environment, String stream, OffsetSpecification at, Duration wait) {
        CompletableFuture<ConsumerFlowStrategy.Context> announced = new CompletableFuture<>();
        CompletableFuture<Chunk> chunk = new CompletableFuture<>();
        // The client announces a chunk to the flow strategy before it hands out the chunk's messages.
        Consumer consumer = environment.consumerBuilder().stream(stream).offset(at).noTrackingStrategy()
                .flow().strategy(new OneChunkOnly(announced)).builder()
                .messageHandler((context, message) -> {
                    ConsumerFlowStrategy.Context delivered = announced.join();
                    chunk.complete(new Chunk(delivered.chunkId(), delivered.messageCount(), context.timestamp()));
                })
                .build();
        try {
            return Optional.of(chunk.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("probing stream queue '" + stream + "' failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing stream queue '" + stream + "'", e);
        } finally {
            consumer.close();
        }
    }

    /** One initial credit and none after it; passes on the chunk it lets through. */
    private record OneChunkOnly(CompletableFuture<Context> announced) implements ConsumerFlowStrategy {
        @Override
        public int initialCredits() {
            return 1;
        }

        @Override
        public MessageProcessedCallback start(Context context) {
            announced.complete(context);
            return processed -> {
            };
        }
    }
}
