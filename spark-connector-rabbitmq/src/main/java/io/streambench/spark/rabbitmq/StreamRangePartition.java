package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.connector.read.InputPartition;

import java.util.ArrayList;
import java.util.List;

/** A part of a read of a stream queue: the offsets {@code from <= offset < until}, read by the task itself. */
record StreamRangePartition(String streamUri, String stream, long from, long until) implements InputPartition {
    /** Large enough that a task's connection costs little against its reading, small enough to spread a drain. */
    static final long OFFSETS_PER_PARTITION = 100_000;

    /** The offsets {@code from <= offset < until} in consecutive parts; none if the range is empty. */
    static InputPartition[] cover(String streamUri, String stream, long from, long until) {
        List<InputPartition> parts = new ArrayList<>();
        for (long start = from; start < until; start += OFFSETS_PER_PARTITION) {
            parts.add(new StreamRangePartition(streamUri, stream, start, Math.min(until, start + OFFSETS_PER_PARTITION)));
        }
        return parts.toArray(new InputPartition[0]);
    }
}
