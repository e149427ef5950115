package io.streambench.spark.stage;

import io.streambench.api.pipeline.Aggregate;
import io.streambench.api.pipeline.Key;
import io.streambench.spark.EventColumns;
import io.streambench.spark.ResultColumns;
import org.apache.spark.api.java.function.FlatMapGroupsWithStateFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.GroupState;
import org.apache.spark.sql.streaming.GroupStateTimeout;
import org.apache.spark.sql.streaming.OutputMode;

import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Count windows with {@code flatMapGroupsWithState}: per key, the open window's accumulator and how many events the key
 * has had. A batch hands a key's events in no particular order, so they are put back in arrival order (source
 * partition, offset; a key's events share a partition) before they are counted. Only complete windows are results.
 */
final class CountWindows implements FlatMapGroupsWithStateFunction<String, Row, CountWindowState, Row> {
    private final long size;
    private final Aggregate.Function function;
    private final Columns columns;

    private CountWindows(long size, Aggregate.Function function, Columns columns) {
        this.size = size;
        this.function = function;
        this.columns = columns;
    }

    /** Rows reaching typed code carry no schema: columns are found by position. */
    private record Columns(int partition, int offset, int amountCents, int user, int sendTime) implements Serializable {
        static Columns of(StructType schema) {
            return new Columns(schema.fieldIndex(EventColumns.SOURCE_PARTITION),
                    schema.fieldIndex(EventColumns.SOURCE_OFFSET), schema.fieldIndex(EventColumns.AMOUNT_CENTS),
                    schema.fieldIndex(EventColumns.USER), schema.fieldIndex(EventColumns.SEND_TIME));
        }
    }

    static Dataset<Row> apply(Dataset<Row> events, Key key, long size, Aggregate aggregate) {
        int keyColumn = events.schema().fieldIndex(key.wireName());
        Columns columns = Columns.of(events.schema());
        return events.groupByKey((MapFunction<Row, String>) row -> row.getString(keyColumn), Encoders.STRING())
                .flatMapGroupsWithState(new CountWindows(size, aggregate.function(), columns), OutputMode.Append(),
                        Encoders.javaSerialization(CountWindowState.class), Encoders.row(ResultColumns.SCHEMA),
                        GroupStateTimeout.NoTimeout());
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> events, GroupState<CountWindowState> state) {
        List<Row> arrived = new ArrayList<>();
        events.forEachRemaining(arrived::add);
        arrived.sort(Comparator.comparingInt((Row row) -> row.getInt(columns.partition()))
                .thenComparingLong(row -> row.getLong(columns.offset())));
        CountWindowState window = state.exists() ? state.get() : new CountWindowState(function);
        List<Row> results = new ArrayList<>();
        for (Row event : arrived) {
            window.add(event.getLong(columns.amountCents()), event.getString(columns.user()),
                    event.getLong(columns.sendTime()));
            if (window.seen() % size == 0) {
                results.add(window.close(key, size));
            }
        }
        state.update(window);
        return results.iterator();
    }
}
