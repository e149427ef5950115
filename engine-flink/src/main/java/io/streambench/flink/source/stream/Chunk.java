package io.streambench.flink.source.stream;

/**
 * A chunk of a stream as the broker delivers it: the offset of its first message, how many it holds, and when the
 * broker wrote it.
 */
record Chunk(long firstOffset, long messageCount, long timestampMillis) {
    /** The offset after the chunk's last message. */
    long end() {
        return firstOffset + messageCount;
    }
}
