package io.streambench.spark;

import io.streambench.api.engine.EngineSample;
import org.apache.spark.sql.streaming.StateOperatorProgress;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryProgress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A streaming query's load as Spark states it, one reading per micro-batch from its {@code StreamingQueryProgress}:
 * how long the batch took against the trigger interval it had to keep up with, the rates at which input arrived and
 * was processed, and the state it holds.
 */
final class QueryProgressSamples {
    /** The key of a batch's whole duration in {@link StreamingQueryProgress#durationMs()}. */
    private static final String TRIGGER_EXECUTION = "triggerExecution";

    private final StreamingQuery query;
    /** Null for a trigger without an interval (available-now, real-time). */
    private final Duration triggerInterval;
    private long lastBatch = -1;

    QueryProgressSamples(StreamingQuery query, Duration triggerInterval) {
        this.query = query;
        this.triggerInterval = triggerInterval;
    }

    /** The batches that completed since the last call; Spark keeps the latest hundred. */
    synchronized List<EngineSample> newSamples() {
        List<EngineSample> samples = new ArrayList<>();
        for (StreamingQueryProgress progress : query.recentProgress()) {
            if (progress.batchId() > lastBatch) {
                lastBatch = progress.batchId();
                samples.add(sampleOf(progress));
            }
        }
        return samples;
    }

    private EngineSample sampleOf(StreamingQueryProgress progress) {
        Map<String, Double> figures = new HashMap<>();
        Long duration = progress.durationMs().get(TRIGGER_EXECUTION);
        if (duration != null) {
            figures.put(EngineSample.BATCH_DURATION_MS, duration.doubleValue());
        }
        if (triggerInterval != null) {
            figures.put(EngineSample.TRIGGER_INTERVAL_MS, (double) triggerInterval.toMillis());
        }
        putIfFinite(figures, EngineSample.INPUT_ROWS_PER_SECOND, progress.inputRowsPerSecond());
        putIfFinite(figures, EngineSample.PROCESSED_ROWS_PER_SECOND, progress.processedRowsPerSecond());
        long stateRows = 0;
        long stateBytes = 0;
        for (StateOperatorProgress state : progress.stateOperators()) {
            stateRows += state.numRowsTotal();
            stateBytes += state.memoryUsedBytes();
        }
        if (progress.stateOperators().length > 0) {
            figures.put(EngineSample.STATE_ROWS, (double) stateRows);
            figures.put(EngineSample.STATE_BYTES, (double) stateBytes);
        }
        long end = Instant.parse(progress.timestamp()).toEpochMilli() + (duration == null ? 0 : duration);
        return new EngineSample(end, List.of(), figures);
    }

    /** Spark states a rate over no time (a batch without input) as NaN. */
    private static void putIfFinite(Map<String, Double> figures, String name, double value) {
        if (Double.isFinite(value)) {
            figures.put(name, value);
        }
    }
}
