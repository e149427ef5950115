package io.streambench.spark;

import io.streambench.api.engine.JobHandle;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StateOperatorProgress;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.util.LongAccumulator;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counters of one job. Messages read and malformed ones are accumulators of the decoding step (they arrive when a
 * task ends); late events are what the stateful operators dropped behind the watermark, from the query's progress.
 */
final class JobCounters extends StreamingQueryListener {
    static final String BATCHES = "batches";

    private final String queryName;
    private final LongAccumulator read;
    private final LongAccumulator malformed;
    private final EarliestTimeAccumulator firstReadAt;
    private final AtomicLong late = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();

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
        return Map.of(JobHandle.MESSAGES_READ, read.value(), JobHandle.MALFORMED_EVENTS, malformed.value(),
                JobHandle.LATE_EVENTS, late.get(), BATCHES, batches.get(), JobHandle.FIRST_READ_AT, firstReadAt.value());
    }

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
        if (!queryName.equals(event.progress().name())) {
            return;
        }
        batches.incrementAndGet();
        for (StateOperatorProgress operator : event.progress().stateOperators()) {
            late.addAndGet(operator.numRowsDroppedByWatermark());
        }
    }

    @Override
    public void onQueryStarted(QueryStartedEvent event) {
    }

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {
    }
}
