package io.streambench.sinks;

import io.streambench.api.pipeline.Sink;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.AlreadyExistsException;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.iceberg.types.Types;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Iceberg results table: one row per result, identified by (key, window_start, window_end), the identifier fields
 * that writers upsert on, so that an updated or replayed result replaces its row. Unpartitioned: a run's results are
 * small, and an upsert must find a result's earlier row wherever it is.
 */
public final class IcebergResultTable {
    public static final String KEY = "key";
    public static final String WINDOW_START = "window_start";
    public static final String WINDOW_END = "window_end";
    public static final String VALUE = "value";
    public static final String MAX_SEND_TIME = "max_send_time";
    public static final String EMIT_TIME = "emit_time";
    public static final List<String> IDENTITY = List.of(KEY, WINDOW_START, WINDOW_END);

    public static final Schema SCHEMA = new Schema(List.of(
            Types.NestedField.required(1, KEY, Types.StringType.get()),
            Types.NestedField.required(2, WINDOW_START, Types.LongType.get()),
            Types.NestedField.required(3, WINDOW_END, Types.LongType.get()),
            Types.NestedField.required(4, VALUE, Types.LongType.get()),
            Types.NestedField.required(5, MAX_SEND_TIME, Types.LongType.get()),
            Types.NestedField.required(6, EMIT_TIME, Types.LongType.get())), Set.of(1, 2, 3));

    private static final Map<String, String> PROPERTIES = Map.of(
            // Row-level deletes (Flink's equality deletes, the position deletes of Spark's MERGE) need format v2.
            TableProperties.FORMAT_VERSION, "2",
            // Spark's MERGE then writes deletes for the rows it replaces instead of rewriting the files that hold
            // them, so that the cost of a micro-batch's commit follows the micro-batch, not the table.
            TableProperties.MERGE_MODE, "merge-on-read");

    private IcebergResultTable() {
    }

    /** Creates the sink's table unless it exists: a run's view and its engine both call this, in either order. */
    public static void ensure(Sink.Iceberg sink) {
        try (JdbcCatalog catalog = IcebergCatalog.open(sink)) {
            createIfAbsent(catalog, IcebergCatalog.tableOf(sink));
        }
    }

    static Table createIfAbsent(Catalog catalog, TableIdentifier table) {
        try {
            return catalog.buildTable(table, SCHEMA).withProperties(PROPERTIES).create();
        } catch (AlreadyExistsException exists) {
            return catalog.loadTable(table);
        }
    }
}
