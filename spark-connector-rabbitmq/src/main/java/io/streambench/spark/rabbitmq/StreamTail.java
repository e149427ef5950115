package io.streambench.spark.rabbitmq;

import com.rabbitmq.stream.OffsetSpecification;

/**
 * Finds where a stream queue ends at this moment: the offset the next message written to it will get. Everything below
 * it is what the stream holds now; that is the end of a batch read and of a {@code Trigger.AvailableNow} drain.
 * <p>
 * A consumer attached at {@code last} receives the last committed chunk at once, and the end is where that chunk ends
 * ({@link ChunkWatcher}). An empty stream sends nothing; it is taken as empty, ending at 0, once
 * {@link Waits#QUIET_STREAM} passed without a chunk.
 */
final class StreamTail {
    private StreamTail() {
    }

    static long find(StreamClient client, String stream) {
        try (ChunkWatcher last = ChunkWatcher.attach(client, stream, OffsetSpecification.last())) {
            last.awaitChunk(Waits.QUIET_STREAM);
            return last.end().orElse(0);
        }
    }
}
