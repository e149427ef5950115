package io.streambench.flink.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.EmissionCounter;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import io.streambench.sinks.PostgresConnections;
import io.streambench.sinks.ResultTable;
import org.apache.flink.connector.jdbc.JdbcConnectionOptions;
import org.apache.flink.connector.jdbc.JdbcExecutionOptions;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;
import org.apache.flink.streaming.api.datastream.DataStream;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * flink-connector-jdbc's sink with the results table's upsert: batched, flushed on every checkpoint, and idempotent,
 * so a replay after a restart overwrites rows instead of adding them (the final table is exactly-once).
 */
final class PostgresSinkTranslator implements SinkTranslator<Sink.Postgres> {
    private static final int BATCH_SIZE = 500;
    /**
     * A result waits in the batch until it is full or this interval passes, so the interval is added to the latency of
     * results that come in small numbers (one per key and window); a flush with nothing buffered costs nothing.
     */
    private static final long BATCH_INTERVAL_MS = 10;
    private static final int MAX_RETRIES = 3;

    @Override
    public void translate(Sink.Postgres sink, DataStream<WindowResult> results, JobSpec job) {
        ResultTable table = ResultTable.of(sink);
        try (Connection connection = PostgresConnections.open(sink.jdbcUrl())) {
            table.create(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create results table " + table.table() + ": " + e.getMessage(), e);
        }
        String pipeline = job.pipeline().name();
        String jobId = job.jobId();
        JdbcStatementBuilder<WindowResult> bind = (statement, result) -> {
            ResultTable.bind(statement, pipeline, result, System.currentTimeMillis());
            EmissionCounter.add(jobId, 1);
        };
        JdbcSink<WindowResult> jdbc = JdbcSink.<WindowResult>builder()
                .withQueryStatement(table.upsertSql(), bind)
                .withExecutionOptions(JdbcExecutionOptions.builder().withBatchSize(BATCH_SIZE)
                        .withBatchIntervalMs(BATCH_INTERVAL_MS).withMaxRetries(MAX_RETRIES).build())
                .buildAtLeastOnce(new JdbcConnectionOptions.JdbcConnectionOptionsBuilder().withUrl(sink.jdbcUrl())
                        .withDriverName("org.postgresql.Driver").build());
        results.sinkTo(jdbc).name(sink.describe()).uid(SinkTranslators.RESULTS_UID);
    }
}
