package io.streambench.kafkastreams.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.EmissionCounter;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import io.streambench.sinks.PostgresConnections;
import io.streambench.sinks.ResultTable;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The results table's upsert, one auto-committed statement per result from each task. Kafka Streams has no JDBC sink
 * and no commit hook a processor could write on; the upsert makes the table exactly-once anyway: after a crash, the
 * job replays from its committed offsets with the state of that commit, so it writes the same rows again, which
 * overwrite themselves ({@code revisions} counts them).
 */
final class PostgresSinkTranslator implements SinkTranslator<Sink.Postgres> {
    @Override
    public void translate(Sink.Postgres sink, KStream<String, WindowResult> results, JobSpec job) {
        ResultTable table = ResultTable.of(sink);
        try (Connection connection = PostgresConnections.open(sink.jdbcUrl())) {
            table.create(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create results table " + table.table() + ": " + e.getMessage(), e);
        }
        String pipeline = job.pipeline().name();
        String jobId = job.jobId();
        results.process(() -> new Upsert(sink.jdbcUrl(), table, pipeline, jobId), Named.as(SinkTranslators.RESULTS));
    }

    private static final class Upsert implements Processor<String, WindowResult, Void, Void> {
        private final String jdbcUrl;
        private final ResultTable table;
        private final String pipeline;
        private final String jobId;
        private Connection connection;
        private PreparedStatement upsert;

        Upsert(String jdbcUrl, ResultTable table, String pipeline, String jobId) {
            this.jdbcUrl = jdbcUrl;
            this.table = table;
            this.pipeline = pipeline;
            this.jobId = jobId;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            connection = PostgresConnections.open(jdbcUrl);
            try {
                upsert = connection.prepareStatement(table.upsertSql());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare the upsert into " + table.table(), e);
            }
        }

        @Override
        public void process(Record<String, WindowResult> record) {
            try {
                ResultTable.bind(upsert, pipeline, record.value(), System.currentTimeMillis());
                upsert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot upsert into " + table.table() + ": " + e.getMessage(), e);
            }
            EmissionCounter.add(jobId, 1);
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing; the rows are committed already
            }
        }
    }
}
