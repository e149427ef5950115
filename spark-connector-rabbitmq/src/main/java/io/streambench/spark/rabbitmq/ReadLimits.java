package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.connector.read.streaming.CompositeReadLimit;
import org.apache.spark.sql.connector.read.streaming.ReadLimit;
import org.apache.spark.sql.connector.read.streaming.ReadMaxRows;

import java.util.OptionalLong;

/** Admission control in messages: {@code maxMessagesPerTrigger} as Spark's {@link ReadLimit}, and back. */
final class ReadLimits {
    private ReadLimits() {
    }

    static ReadLimit of(OptionalLong maxMessagesPerTrigger) {
        return maxMessagesPerTrigger.isPresent() ? ReadLimit.maxRows(maxMessagesPerTrigger.getAsLong())
                : ReadLimit.allAvailable();
    }

    /** The most rows a limit admits; limits that do not count rows (files, bytes) admit any number. */
    static long maxRows(ReadLimit limit) {
        if (limit instanceof ReadMaxRows rows) {
            return rows.maxRows();
        }
        if (limit instanceof CompositeReadLimit composite) {
            long max = Long.MAX_VALUE;
            for (ReadLimit part : composite.getReadLimits()) {
                max = Math.min(max, maxRows(part));
            }
            return max;
        }
        return Long.MAX_VALUE;
    }
}
