package io.streambench.flink.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import io.streambench.sinks.IcebergCatalog;
import io.streambench.sinks.IcebergResultTable;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.flink.CatalogLoader;
import org.apache.iceberg.flink.TableLoader;
import org.apache.iceberg.flink.sink.FlinkSink;
import org.apache.iceberg.jdbc.JdbcCatalog;

/**
 * Iceberg's FlinkSink into the run's table in the JDBC catalog: parallel writers write data files, and one committer
 * commits them as a table snapshot when a checkpoint completes (at the end of input in batch mode). Results are thus
 * visible per checkpoint, and exactly once: files of a checkpoint that was taken but not yet committed are committed
 * after a restart, and nothing written after the last checkpoint is.
 * <p>
 * Upsert, with equality deletes on the table's identifier fields (key, window_start, window_end): a window fires when
 * the watermark passes its end and updates until the lateness ends, and a restart replays results committed before
 * the crash. Each write deletes the row of its result's identity before adding its own, so that the table keeps one
 * row per result, the last; an append would keep every firing and every replay as a row. The sink distributes the
 * results by these fields, so that all writes of one result go through one writer, in order.
 */
final class IcebergSinkTranslator implements SinkTranslator<Sink.Iceberg> {
    @Override
    public void translate(Sink.Iceberg sink, DataStream<WindowResult> results, JobSpec job) {
        IcebergResultTable.ensure(sink);
        CatalogLoader catalog = CatalogLoader.custom(IcebergCatalog.NAME, IcebergCatalog.properties(sink),
                new Configuration(), JdbcCatalog.class.getName());
        FlinkSink.builderFor(results, new IcebergRows(job.jobId()), IcebergRows.TYPE)
                .tableLoader(TableLoader.fromCatalog(catalog, IcebergCatalog.tableOf(sink)))
                .upsert(true)
                .equalityFieldColumns(IcebergResultTable.IDENTITY)
                // the sink's mapper, writer, committer and closing discard sink: sink-results-mapper, -writer, ...
                .uidPrefix(SinkTranslators.RESULTS_UID)
                .append();
    }
}
