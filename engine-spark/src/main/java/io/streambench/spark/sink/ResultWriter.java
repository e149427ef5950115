package io.streambench.spark.sink;

import io.streambench.api.result.EmissionCounter;
import io.streambench.api.result.WindowResult;
import io.streambench.spark.ResultColumns;
import org.apache.spark.sql.ForeachWriter;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the results of one partition of one epoch (a micro-batch, a real-time batch, or the whole of a batch query).
 * Results are buffered and written when the partition closes, or each at once when {@code eachAtOnce} (real-time
 * mode, where a partition stays open for a whole checkpoint interval).
 */
public abstract class ResultWriter extends ForeachWriter<Row> {
    private final String jobId;
    private final boolean eachAtOnce;
    private transient List<WindowResult> pending;
    private transient long partition;
    private transient long epoch;

    protected ResultWriter(String jobId, boolean eachAtOnce) {
        this.jobId = jobId;
        this.eachAtOnce = eachAtOnce;
    }

    @Override
    public boolean open(long partitionId, long epochId) {
        partition = partitionId;
        epoch = epochId;
        pending = new ArrayList<>();
        return true;
    }

    @Override
    public void process(Row row) {
        pending.add(ResultColumns.toResult(row));
        if (eachAtOnce) {
            flush();
        }
    }

    @Override
    public void close(Throwable error) {
        if (error == null) {
            flush();
            completed(partition, epoch);
        }
        pending = null;
    }

    private void flush() {
        if (!pending.isEmpty()) {
            write(pending, partition, epoch, System.currentTimeMillis());
            EmissionCounter.add(jobId, pending.size());
            pending.clear();
        }
    }

    /** Writes results; {@code emitTime} is stamped on each. */
    protected abstract void write(List<WindowResult> results, long partition, long epoch, long emitTime);

    /** Everything of this partition and epoch has been written. */
    protected void completed(long partition, long epoch) {
    }
}
