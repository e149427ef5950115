package io.streambench.testsupport;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.run.JobSpec;
import io.streambench.sinks.PostgresConnections;
import io.streambench.sinks.PostgresResultReader;
import io.streambench.sinks.ResultTable;

import java.sql.Connection;
import java.sql.SQLException;

/** The PostgreSQL server of this machine (trust authentication, database {@code test}). */
public final class LocalPostgres {
    public static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private LocalPostgres() {
    }

    /** How often the job's results table rewrote a row. */
    public static long rewrites(JobSpec job) {
        try (Connection connection = PostgresConnections.open(JDBC_URL)) {
            return PostgresResultReader.rewrites(connection, ResultTable.of((Sink.Postgres) job.pipeline().sink()),
                    job.pipeline().name());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rewrites: " + e.getMessage(), e);
        }
    }
}
