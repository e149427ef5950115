package io.streambench.sinks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens connections from a JDBC URL, turning "nothing listens there" into a message that says what to do. */
public final class PostgresConnections {
    private static final int LOGIN_TIMEOUT_SECONDS = 10;

    private PostgresConnections() {
    }

    public static Connection open(String jdbcUrl) {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try {
            return DriverManager.getConnection(jdbcUrl);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to PostgreSQL at " + withoutPassword(jdbcUrl) + ": "
                    + e.getMessage() + " (start it with `pg_ctlcluster --skip-systemctl-redirect <version> main start`"
                    + " or give another JDBC URL)", e);
        }
    }

    static String withoutPassword(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
