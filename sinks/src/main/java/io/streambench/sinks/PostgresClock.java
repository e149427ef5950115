package io.streambench.sinks;

import io.streambench.api.measure.ClockOffset;
import io.streambench.api.run.RedactedUri;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The offset of a PostgreSQL server's clock, which stamps a results row's visible time ({@code clock_timestamp()},
 * see {@link ResultTable}). Of a few exchanges the one with the shortest round trip is kept: it bounds the error best.
 */
final class PostgresClock {
    static final String NAME = "postgresql";
    private static final int EXCHANGES = 5;
    private static final int QUERY_TIMEOUT_SECONDS = 10;

    private PostgresClock() {
    }

    /** @throws IllegalStateException if the clock cannot be read, naming the server and what failed */
    static ClockOffset read(String jdbcUrl) {
        try (Connection connection = PostgresConnections.open(jdbcUrl);
             PreparedStatement now = connection.prepareStatement(
                     "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")) {
            now.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            ClockOffset best = null;
            for (int exchange = 0; exchange < EXCHANGES; exchange++) {
                long sentAt = System.currentTimeMillis();
                long theirs;
                try (ResultSet row = now.executeQuery()) {
                    row.next();
                    theirs = row.getLong(1);
                }
                ClockOffset offset = ClockOffset.of(NAME, sentAt, theirs, System.currentTimeMillis());
                if (best == null || offset.roundTripMillis() < best.roundTripMillis()) {
                    best = offset;
                }
            }
            return best;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the clock of PostgreSQL at "
                    + RedactedUri.of(jdbcUrl) + ": " + e.getMessage(), e);
        }
    }
}
