package io.streambench.spark;

import io.streambench.api.result.WindowResult;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The columns every output stage ends in: one {@link WindowResult} per row. */
public final class ResultColumns {
    public static final String KEY = "key";
    public static final String WINDOW_START = "windowStart";
    public static final String WINDOW_END = "windowEnd";
    public static final String VALUE = "value";
    public static final String MAX_SEND_TIME = "maxSendTime";

    public static final StructType SCHEMA = new StructType()
            .add(KEY, DataTypes.StringType, false)
            .add(WINDOW_START, DataTypes.LongType, false)
            .add(WINDOW_END, DataTypes.LongType, false)
            .add(VALUE, DataTypes.LongType, false)
            .add(MAX_SEND_TIME, DataTypes.LongType, false);

    private ResultColumns() {
    }

    /** Rows reaching typed code carry no schema: columns are by position, in {@link #SCHEMA}'s order. */
    public static WindowResult toResult(Row row) {
        return new WindowResult(row.getString(0), row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
    }

    public static Row toRow(WindowResult result) {
        return RowFactory.create(result.key(), result.windowStart(), result.windowEnd(), result.value(),
                result.maxSendTime());
    }
}
