package io.streambench.spark.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.EmissionCounter;
import io.streambench.sinks.IcebergCatalog;
import io.streambench.sinks.IcebergResultTable;
import io.streambench.spark.ResultColumns;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.iceberg.spark.SparkCatalog;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Merges a batch of results into the run's Iceberg table on the driver, which commits it as one snapshot: each
 * micro-batch in a streaming query ({@code foreachBatch}), all results at once in a batch query.
 * <p>
 * Why {@code MERGE INTO} on the identity (key, window_start, window_end) rather than an append: in update output mode
 * a window comes again with every trigger that changes it, and after a crash Spark runs again the micro-batch whose
 * offsets it had logged but whose commit it had not, over the same input and state, so with the same rows. Merging
 * makes both replace the row they update: the table holds one row per result, and a replayed micro-batch leaves it as
 * the first run of that micro-batch did. That is exactly-once with the checkpoint, and needs no record of committed
 * epochs of its own. The table is merge-on-read ({@link IcebergResultTable}): a replaced row costs a position delete,
 * not a rewrite of its file.
 */
final class MergeIntoTable implements ResultOutput.BatchWriter {
    private static final String CATALOG = "spark.sql.catalog." + IcebergCatalog.NAME;
    private static final String BATCH_VIEW = "results_batch";
    private static final String EMIT_TIME = "emitTime";

    private final String jobId;
    private final Sink.Iceberg sink;

    MergeIntoTable(String jobId, Sink.Iceberg sink) {
        this.jobId = jobId;
        this.sink = sink;
    }

    @Override
    public void write(Dataset<Row> results) {
        SparkSession spark = results.sparkSession();
        registerCatalog(spark);
        // The Dataset of a micro-batch is computed once per action: without persisting, counting and merging would
        // each run the micro-batch's stateful plan.
        Dataset<Row> batch = results.persist();
        try {
            long rows = batch.count();
            if (rows == 0) {
                // a trigger that changed no window commits no (empty) snapshot
                return;
            }
            batch.withColumn(EMIT_TIME, functions.lit(System.currentTimeMillis())).createOrReplaceTempView(BATCH_VIEW);
            spark.sql(mergeSql());
            EmissionCounter.add(jobId, rows);
        } finally {
            batch.unpersist();
        }
    }

    /**
     * Catalogs are per session, and a streaming query runs each micro-batch in a clone of the job's session: the
     * catalog is named in whichever session runs the batch, before its first use there.
     */
    private void registerCatalog(SparkSession spark) {
        spark.conf().set(CATALOG, SparkCatalog.class.getName());
        spark.conf().set(CATALOG + ".catalog-impl", JdbcCatalog.class.getName());
        IcebergCatalog.properties(sink).forEach((property, value) -> spark.conf().set(CATALOG + "." + property, value));
    }

    private String mergeSql() {
        String table = "`" + IcebergCatalog.NAME + "`.`" + IcebergCatalog.NAMESPACE + "`.`" + sink.table() + "`";
        return "MERGE INTO " + table + " t USING " + BATCH_VIEW + " s"
                + " ON t.`" + IcebergResultTable.KEY + "` = s.`" + ResultColumns.KEY + "`"
                + " AND t.`" + IcebergResultTable.WINDOW_START + "` = s.`" + ResultColumns.WINDOW_START + "`"
                + " AND t.`" + IcebergResultTable.WINDOW_END + "` = s.`" + ResultColumns.WINDOW_END + "`"
                + " WHEN MATCHED THEN UPDATE SET"
                + " t.`" + IcebergResultTable.VALUE + "` = s.`" + ResultColumns.VALUE + "`,"
                + " t.`" + IcebergResultTable.MAX_SEND_TIME + "` = s.`" + ResultColumns.MAX_SEND_TIME + "`,"
                + " t.`" + IcebergResultTable.EMIT_TIME + "` = s.`" + EMIT_TIME + "`"
                + " WHEN NOT MATCHED THEN INSERT (`" + String.join("`, `", IcebergResultTable.KEY,
                IcebergResultTable.WINDOW_START, IcebergResultTable.WINDOW_END, IcebergResultTable.VALUE,
                IcebergResultTable.MAX_SEND_TIME, IcebergResultTable.EMIT_TIME) + "`)"
                + " VALUES (s.`" + String.join("`, s.`", ResultColumns.KEY, ResultColumns.WINDOW_START,
                ResultColumns.WINDOW_END, ResultColumns.VALUE, ResultColumns.MAX_SEND_TIME, EMIT_TIME) + "`)";
    }
}
