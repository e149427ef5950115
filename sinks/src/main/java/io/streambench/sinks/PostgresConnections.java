package io.streambench.sinks;

import io.streambench.api.run.RedactedUri;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens connections from a JDBC URL, turning "nothing listens there" into a message that says what to do. */
public final class PostgresConnections {
    private static final int LOGIN_TIMEOUT_SECONDS = 10;

    /** SQLSTATE invalid_catalog_name: the database does not exist. */
    private static final String INVALID_DATABASE = "3D000";
    /** SQLSTATE class 28: invalid authorization specification (unknown user, wrong password). */
    private static final String AUTHORIZATION_CLASS = "28";

    private PostgresConnections() {
    }

    public static Connection open(String jdbcUrl) {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try {
            return DriverManager.getConnection(jdbcUrl);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to PostgreSQL at " + RedactedUri.of(jdbcUrl) + ": "
                    + e.getMessage() + " (" + remedy(e.getSQLState()) + ", or give another --jdbc-url)", e);
        }
    }

    /** What to do about a failed connection, by its SQLSTATE class. */
    static String remedy(String sqlState) {
        if (INVALID_DATABASE.equals(sqlState)) {
            return "the server runs but has no such database: create it with `createdb -h <host> -U <user> <database>`";
        }
        if (sqlState != null && sqlState.startsWith(AUTHORIZATION_CLASS)) {
            return "the server refused the user or password: check them in the JDBC URL, or the server's pg_hba.conf";
        }
        return "is the server running? start a local one with `pg_ctlcluster --skip-systemctl-redirect <version> main "
                + "start`";
    }
}
