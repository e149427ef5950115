package io.streambench.sinks;

import io.streambench.api.measure.ClockOffset;
import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.DeliveryGuarantee;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Each run gets a results table of its own in the database at {@code jdbcUrl}; the engine's sink creates it.
 *
 * @param dropAfterRun whether closing a run's view drops its table (tests) or keeps it for people to query (bench)
 */
public record PostgresResultStore(String jdbcUrl, boolean dropAfterRun) implements ResultStore {
    /** A store whose tables are dropped when their run's view closes. */
    public PostgresResultStore(String jdbcUrl) {
        this(jdbcUrl, true);
    }

    private static final int MAX_IDENTIFIER = 63;

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public Sink sinkFor(String run) {
        return Sink.postgres(jdbcUrl, tableFor(run));
    }

    static String tableFor(String run) {
        String table = "results_" + run.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return table.length() <= MAX_IDENTIFIER ? table : table.substring(0, MAX_IDENTIFIER);
    }

    /**
     * The server's clock stamps the visible times, so its offset is read, from a fresh connection.
     *
     * @throws IllegalStateException if it cannot be read, naming the server and what failed
     */
    @Override
    public Optional<ClockOffset> clockOffset() {
        return Optional.of(PostgresClock.read(jdbcUrl));
    }

    @Override
    public View open(String run, String pipeline, DeliveryGuarantee guarantee) {
        ResultTable table = new ResultTable(tableFor(run));
        Connection connection = PostgresConnections.open(jdbcUrl);
        return new View() {
            @Override
            public List<ObservedResult> results() {
                try {
                    table.create(connection);
                    return PostgresResultReader.read(connection, table, pipeline);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot read " + table.table() + ": " + e.getMessage(), e);
                }
            }

            @Override
            public void close() {
                try (connection) {
                    if (dropAfterRun) {
                        table.drop(connection);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot drop " + table.table() + ": " + e.getMessage(), e);
                }
            }
        };
    }
}
