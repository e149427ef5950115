package io.streambench.spark.sink;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.DataStreamWriter;

import java.util.Iterator;

/**
 * How a query's results reach a sink: row by row in the tasks, or a whole batch at a time on the driver, for sinks that
 * commit a batch as one (a table format's snapshot).
 */
public sealed interface ResultOutput {
    /** Where a streaming query writes. */
    DataStreamWriter<Row> into(DataStreamWriter<Row> stream);

    /** Writes all results of a batch query. */
    void writeAll(Dataset<Row> results);

    /** Rows through a writer per partition and epoch ({@code foreach}). */
    record Rows(ResultWriter writer) implements ResultOutput {
        @Override
        public DataStreamWriter<Row> into(DataStreamWriter<Row> stream) {
            return stream.foreach(writer);
        }

        @Override
        public void writeAll(Dataset<Row> results) {
            results.foreachPartition(new WritePartition(writer));
        }
    }

    /** Each micro-batch as a whole ({@code foreachBatch}). */
    record Batches(BatchWriter writer) implements ResultOutput {
        @Override
        public DataStreamWriter<Row> into(DataStreamWriter<Row> stream) {
            return stream.foreachBatch((VoidFunction2<Dataset<Row>, Long>) (batch, epoch) -> writer.write(batch));
        }

        @Override
        public void writeAll(Dataset<Row> results) {
            writer.write(results);
        }
    }

    /** Writes one batch of results on the driver: a micro-batch, or all of a batch query's. */
    @FunctionalInterface
    interface BatchWriter {
        void write(Dataset<Row> results);
    }

    /** The whole batch is epoch 0 of the sink's writer. */
    record WritePartition(ResultWriter writer) implements ForeachPartitionFunction<Row> {
        @Override
        public void call(Iterator<Row> rows) {
            if (!writer.open(TaskContext.getPartitionId(), 0)) {
                writer.close(null);
                return;
            }
            Throwable error = null;
            try {
                rows.forEachRemaining(writer::process);
            } catch (RuntimeException e) {
                error = e;
                throw e;
            } finally {
                writer.close(error);
            }
        }
    }
}
