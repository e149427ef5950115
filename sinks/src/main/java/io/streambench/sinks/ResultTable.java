package io.streambench.sinks;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.WindowResult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL results table: one row per (pipeline, key, window start), written by an upsert so that replays after
 * a restart and late updates overwrite instead of adding rows. {@code written_at} is set by the database when the row
 * is written (visibility, which latency is measured to); {@code revisions} counts how often the row was written.
 */
public record ResultTable(String table) {
    public ResultTable {
        if (table == null || !table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("results table must be a plain SQL identifier, was '" + table + "'");
        }
    }

    public static ResultTable of(Sink.Postgres sink) {
        return new ResultTable(sink.table());
    }

    public String createSql() {
        return "CREATE TABLE IF NOT EXISTS " + table + " ("
                + "pipeline text NOT NULL, key text NOT NULL, window_start bigint NOT NULL, window_end bigint NOT NULL, "
                + "value bigint NOT NULL, max_send_time bigint NOT NULL, emit_time bigint NOT NULL, "
                + "written_at timestamptz NOT NULL DEFAULT clock_timestamp(), revisions integer NOT NULL DEFAULT 1, "
                + "PRIMARY KEY (pipeline, key, window_start))";
    }

    /** Parameters in the order of {@link #bind}. */
    public String upsertSql() {
        return "INSERT INTO " + table + " AS t (pipeline, key, window_start, window_end, value, max_send_time, emit_time) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pipeline, key, window_start) DO UPDATE SET "
                + "window_end = excluded.window_end, value = excluded.value, max_send_time = excluded.max_send_time, "
                + "emit_time = excluded.emit_time, written_at = clock_timestamp(), revisions = t.revisions + 1";
    }

    public static void bind(PreparedStatement statement, String pipeline, WindowResult result, long emitTime)
            throws SQLException {
        statement.setString(1, pipeline);
        statement.setString(2, result.key());
        statement.setLong(3, result.windowStart());
        statement.setLong(4, result.windowEnd());
        statement.setLong(5, result.value());
        statement.setLong(6, result.maxSendTime());
        statement.setLong(7, emitTime);
    }

    public void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(createSql());
        }
    }

    public void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
        }
    }
}
