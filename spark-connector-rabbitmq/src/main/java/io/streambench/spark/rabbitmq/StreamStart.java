package io.streambench.spark.rabbitmq;

import com.rabbitmq.stream.OffsetSpecification;

import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The stream offset a read starts at. {@code earliest} is offset 0 (the broker starts at the first message it still
 * keeps); {@code latest} is the end of the stream when the query starts ({@link StreamTail}); {@code timestamp:<ms>}
 * is the first chunk the broker stored at or after that time (chunk timestamps are milliseconds; the chunk is the
 * grain, so a few messages written just before the time may be included).
 */
final class StreamStart {
    private StreamStart() {
    }

    /** @param tail the end of the stream now; asked only for {@code latest} and {@code timestamp} */
    static long offset(StreamClient client, String stream, StartAt startAt, LongSupplier tail) {
        return switch (startAt.kind()) {
            case EARLIEST -> 0;
            case LATEST -> tail.getAsLong();
            case TIMESTAMP -> atTime(client, stream, startAt.epochMillis(), tail.getAsLong());
        };
    }

    /**
     * A consumer asked for a time after every chunk attaches at the end and receives the next chunk written, if any:
     * so a first chunk at or beyond the end, or none within {@link Waits#QUIET_STREAM}, means the end.
     */
    private static long atTime(StreamClient client, String stream, long epochMillis, long end) {
        try (ChunkWatcher atTime = ChunkWatcher.attach(client, stream, OffsetSpecification.timestamp(epochMillis))) {
            atTime.awaitChunk(Waits.QUIET_STREAM);
            OptionalLong first = atTime.firstChunk();
            return first.isPresent() ? Math.min(first.getAsLong(), end) : end;
        }
    }
}
