package io.streambench.sinks;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.WindowResult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pipeline's rows back: the table holds only final values (the upsert overwrote earlier ones), each with the
 * time the database made it visible.
 */
public final class PostgresResultReader {
    private PostgresResultReader() {
    }

    public static List<ObservedResult> read(Connection connection, ResultTable table, String pipeline) throws SQLException {
        String sql = "SELECT key, window_start, window_end, value, max_send_time, emit_time, "
                + "(extract(epoch FROM written_at) * 1000)::bigint FROM " + table.table()
                + " WHERE pipeline = ? ORDER BY written_at";
        List<ObservedResult> results = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, pipeline);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    WindowResult result = new WindowResult(rows.getString(1), rows.getLong(2), rows.getLong(3),
                            rows.getLong(4), rows.getLong(5));
                    results.add(new ObservedResult(result, rows.getLong(6), rows.getLong(7)));
                }
            }
        }
        return results;
    }

    /** Writes beyond the first of each row: replays and updates (at-least-once paths show their duplicates here). */
    public static long rewrites(Connection connection, ResultTable table, String pipeline) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT coalesce(sum(revisions - 1), 0) FROM " + table.table() + " WHERE pipeline = ?")) {
            statement.setString(1, pipeline);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
