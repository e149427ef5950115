package io.streambench.flink.source.stream;

import com.rabbitmq.stream.Environment;
import com.rabbitmq.stream.OffsetSpecification;
import io.streambench.api.pipeline.StartPosition;

import java.time.Duration;
import java.util.Optional;

/**
 * Turns positions of a stream queue into offsets when a job starts without a checkpoint, so that the split, and with
 * it every checkpoint, holds a plain offset.
 *
 * <p>The stream's end is found by reading its last chunk: the broker's stream statistics would give the first offset
 * of that chunk directly, but RabbitMQ answers that request from 3.11 on only, and the chunk has to be read anyway to
 * learn its size.
 */
final class StreamPositions implements AutoCloseable {
    /**
     * How long an attached probe waits for the last chunk before taking the stream for empty; a local broker delivers
     * it within milliseconds, so this is the cost of starting on an empty stream.
     */
    private static final Duration EMPTY_AFTER = Duration.ofSeconds(2);
    /** How long a probe waits for a chunk the stream is known to hold. */
    private static final Duration STORED_CHUNK = Duration.ofSeconds(30);

    private final Environment environment;
    private final String stream;

    private StreamPositions(Environment environment, String stream) {
        this.environment = environment;
        this.stream = stream;
    }

    static StreamPositions of(String streamUri, String stream) {
        return new StreamPositions(StreamEnvironments.open(streamUri), stream);
    }

    /** The offset the next message written to the stream will get. */
    long end() {
        return lastChunk().map(Chunk::end).orElse(0L);
    }

    /**
     * {@code earliest} is offset 0 (the broker starts a reader below its first retained offset at that one);
     * {@code latest} is the end now; a timestamp is the first chunk the broker wrote at or after it, which a reader
     * attached at that time starts with, or the end if the stream has none yet.
     */
    long offsetOf(StartPosition start) {
        return switch (start.kind()) {
            case EARLIEST -> 0;
            case LATEST -> end();
            case TIMESTAMP -> offsetAt(start.timestamp().toEpochMilli());
        };
    }

    private long offsetAt(long epochMillis) {
        Optional<Chunk> last = lastChunk();
        if (last.isEmpty() || last.get().timestampMillis() < epochMillis) {
            return last.map(Chunk::end).orElse(0L);
        }
        return ChunkProbe.first(environment, stream, OffsetSpecification.timestamp(epochMillis), STORED_CHUNK)
                .orElseThrow(() -> new IllegalStateException("stream queue '" + stream + "' delivered no chunk at "
                        + "time " + epochMillis + " within " + STORED_CHUNK.toSeconds() + " s, though it holds one"))
                .firstOffset();
    }

    private Optional<Chunk> lastChunk() {
        return ChunkProbe.first(environment, stream, OffsetSpecification.last(), EMPTY_AFTER);
    }

    @Override
    public void close() {
        environment.close();
    }
}
