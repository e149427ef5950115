package io.streambench.spark;

import io.streambench.api.engine.JobHandle;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StateOperatorProgress;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.apache.spark.util.LongAccumulator;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counters of one job. Messages read and malformed ones are accumulators of the decoding step (they arrive when a
 * task ends); late events are what the stateful operators dropped behind the watermark, from the query's progress.
 * The last micro-batch's progress (Spark's {@link StreamingQueryProgress}) is reported too, so that the bench can tell
 * a query that keeps up from one whose batches take longer than their trigger: the batch's duration, its input and
 * processing rates, and the state it holds.
 */
final class JobCounters extends StreamingQueryListener {
    static final String BATCHES = "batches";
    static final String LAST_BATCH_DURATION_MS = "last-batch-duration-ms";
    static final String LAST_BATCH_INPUT_ROWS = "last-batch-input-rows";
    static final String INPUT_ROWS_PER_SECOND = "input-rows-per-second";
    static final String PROCESSED_ROWS_PER_SECOND = "processed-rows-per-second";
    static final String STATE_ROWS = "state-rows";
    static final String STATE_MEMORY_BYTES = "state-memory-bytes";

    private final String queryName;
    private final LongAccumulator read;
    private final LongAccumulator malformed;
    private final EarliestTimeAccumulator firstReadAt;
    private final AtomicLong late = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private volatile Map<String, Long> lastBatch = Map.of();

    private JobCounters(String queryName, LongAccumulator read, LongAccumulator malformed,
                        EarliestTimeAccumulator firstReadAt) {
        this.queryName = queryName;
        this.read = read;
        this.malformed = malformed;
        this.firstReadAt = firstReadAt;
    }

    static JobCounters create(SparkSession spark, String jobId) {
        EarliestTimeAccumulator firstReadAt = new EarliestTimeAccumulator();
        spark.sparkContext().register(firstReadAt, jobId + "/" + JobHandle.FIRST_READ_AT);
        return new JobCounters(jobId, spark.sparkContext().longAccumulator(jobId + "/" + JobHandle.MESSAGES_READ),
                spark.sparkContext().longAccumulator(jobId + "/" + JobHandle.MALFORMED_EVENTS), firstReadAt);
    }

    LongAccumulator read() {
        return read;
    }

    LongAccumulator malformed() {
        return malformed;
    }

    EarliestTimeAccumulator firstReadAt() {
        return firstReadAt;
    }

    Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new HashMap<>(lastBatch);
        snapshot.putAll(Map.of(JobHandle.MESSAGES_READ, read.value(), JobHandle.MALFORMED_EVENTS, malformed.value(),
                JobHandle.LATE_EVENTS, late.get(), BATCHES, batches.get(), JobHandle.FIRST_READ_AT,
                firstReadAt.value()));
        return snapshot;
    }

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
        if (!queryName.equals(event.progress().name())) {
            return;
        }
        batches.incrementAndGet();
        StreamingQueryProgress progress = event.progress();
        long stateRows = 0;
        long stateBytes = 0;
        for (StateOperatorProgress operator : progress.stateOperators()) {
            late.addAndGet(operator.numRowsDroppedByWatermark());
            stateRows += operator.numRowsTotal();
            stateBytes += operator.memoryUsedBytes();
        }
        lastBatch = Map.of(
                LAST_BATCH_DURATION_MS, progress.batchDuration(),
                LAST_BATCH_INPUT_ROWS, progress.numInputRows(),
                INPUT_ROWS_PER_SECOND, rounded(progress.inputRowsPerSecond()),
                PROCESSED_ROWS_PER_SECOND, rounded(progress.processedRowsPerSecond()),
                STATE_ROWS, stateRows,
                STATE_MEMORY_BYTES, stateBytes);
    }

    /** Spark reports a rate of a batch without input as NaN or infinite. */
    private static long rounded(double rate) {
        return Double.isFinite(rate) ? Math.round(rate) : 0;
    }

    @Override
    public void onQueryStarted(QueryStartedEvent event) {
    }

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {
    }
}
