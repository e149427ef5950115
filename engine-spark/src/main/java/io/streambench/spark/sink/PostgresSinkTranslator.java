package io.streambench.spark.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import io.streambench.sinks.PostgresConnections;
import io.streambench.sinks.ResultTable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The results table's upsert, one transaction per write. Idempotent, so a replayed epoch overwrites rows instead of
 * adding them: the final table is exactly-once.
 */
final class PostgresSinkTranslator implements SinkTranslator<Sink.Postgres> {
    @Override
    public ResultOutput outputFor(Sink.Postgres sink, JobSpec job) {
        ResultTable table = ResultTable.of(sink);
        try (Connection connection = PostgresConnections.open(sink.jdbcUrl())) {
            table.create(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create results table " + table.table() + ": " + e.getMessage(), e);
        }
        return new ResultOutput.Rows(new PostgresWriter(job.jobId(), SinkTranslators.eachAtOnce(job), sink.jdbcUrl(),
                table.upsertSql(), job.pipeline().name()));
    }

    private static final class PostgresWriter extends ResultWriter {
        private final String jdbcUrl;
        private final String upsert;
        private final String pipeline;
        private transient Connection connection;

        PostgresWriter(String jobId, boolean eachAtOnce, String jdbcUrl, String upsert, String pipeline) {
            super(jobId, eachAtOnce);
            this.jdbcUrl = jdbcUrl;
            this.upsert = upsert;
            this.pipeline = pipeline;
        }

        @Override
        protected void write(List<WindowResult> results, long partition, long epoch, long emitTime) {
            try {
                if (connection == null) {
                    connection = PostgresConnections.open(jdbcUrl);
                    connection.setAutoCommit(false);
                }
                try (PreparedStatement statement = connection.prepareStatement(upsert)) {
                    for (WindowResult result : results) {
                        ResultTable.bind(statement, pipeline, result, emitTime);
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot upsert " + results.size() + " results into PostgreSQL: "
                        + e.getMessage(), e);
            }
        }

        @Override
        public void close(Throwable error) {
            try {
                super.close(error);
            } finally {
                closeConnection();
            }
        }

        private void closeConnection() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the results are committed or the task fails anyway; a failing close changes neither
                }
                connection = null;
            }
        }
    }
}
