package io.streambench.flink.source.stream;

import org.apache.flink.api.connector.source.SourceSplit;

/**
 * The whole stream queue as one split, and where its read stands: the checkpointed state of the source.
 *
 * @param nextOffset the offset of the next message to emit
 * @param endOffset  the offset a bounded read stops before, {@link #NO_END} for an unbounded read
 */
public record StreamQueueSplit(String stream, long nextOffset, long endOffset) implements SourceSplit {
    public static final long NO_END = Long.MAX_VALUE;

    @Override
    public String splitId() {
        return stream;
    }

    boolean isFinished() {
        return nextOffset >= endOffset;
    }

    StreamQueueSplit after(long offset) {
        return new StreamQueueSplit(stream, offset + 1, endOffset);
    }
}
