package io.streambench.bench.fault;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.run.JobSpec;
import io.streambench.sinks.PostgresConnections;
import io.streambench.sinks.PostgresResultReader;
import io.streambench.sinks.ResultTable;

import java.sql.Connection;
import java.sql.SQLException;

/** How often a run's PostgreSQL rows were written beyond their first write: the replays the upsert absorbed. */
public final class PostgresRewrites {
    private PostgresRewrites() {
    }

    /** Null when the job does not write to PostgreSQL. */
    public static Long of(JobSpec job) {
        if (!(job.pipeline().sink() instanceof Sink.Postgres postgres)) {
            return null;
        }
        try (Connection connection = PostgresConnections.open(postgres.jdbcUrl())) {
            return PostgresResultReader.rewrites(connection, ResultTable.of(postgres), job.pipeline().name());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rewrites in " + postgres.table() + ": " + e.getMessage(), e);
        }
    }
}
