package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The rows of the source: {@code value BINARY NOT NULL, offset LONG NOT NULL, timestamp TIMESTAMP}. */
final class MessageSchema {
    static final StructType SCHEMA = new StructType()
            .add("value", DataTypes.BinaryType, false)
            .add("offset", DataTypes.LongType, false)
            .add("timestamp", DataTypes.TimestampType, true);

    private static final long MICROS_PER_MILLI = 1_000;

    private MessageSchema() {
    }

    static InternalRow row(QueueMessage message) {
        Long timestamp = message.timestampMillis();
        // Spark keeps a TIMESTAMP as microseconds since the epoch.
        return new GenericInternalRow(new Object[]{message.body(), message.offset(),
                timestamp == null ? null : timestamp * MICROS_PER_MILLI});
    }
}
