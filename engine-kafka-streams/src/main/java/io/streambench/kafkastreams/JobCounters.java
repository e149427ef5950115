package io.streambench.kafkastreams;

import io.streambench.api.engine.JobHandle;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The counters of one job. Messages read and malformed ones are counted by the decoding step of every stream thread;
 * late events are Kafka Streams' own task metric {@code dropped-records-total}, which the window aggregations record
 * for each window an event came too late for (for a tumbling window, once per late event; a sliding window counts an
 * event once per closed window it belongs to). Nothing else in the topology drops records.
 */
public final class JobCounters {
    private static final String DROPPED_RECORDS = "dropped-records-total";
    private static final String TASK_METRICS = "stream-task-metrics";

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong firstReadAt = new AtomicLong();
    private volatile Supplier<Map<MetricName, ? extends Metric>> metrics = Map::of;
    private volatile long lateAtEnd = -1;

    void readFrom(Supplier<Map<MetricName, ? extends Metric>> streamsMetrics) {
        this.metrics = streamsMetrics;
    }

    public void messageRead() {
        read.incrementAndGet();
        firstReadAt.compareAndSet(0, System.currentTimeMillis());
    }

    public void malformedMessage() {
        malformed.incrementAndGet();
    }

    /** Keeps the late count of a job that has stopped, whose task metrics are gone with its tasks. */
    void freeze() {
        lateAtEnd = late();
    }

    Map<String, Long> snapshot() {
        return Map.of(JobHandle.MESSAGES_READ, read.get(), JobHandle.MALFORMED_EVENTS, malformed.get(),
                JobHandle.LATE_EVENTS, lateAtEnd >= 0 ? lateAtEnd : late(), JobHandle.FIRST_READ_AT, firstReadAt.get());
    }

    private long late() {
        double dropped = 0;
        for (Map.Entry<MetricName, ? extends Metric> metric : metrics.get().entrySet()) {
            if (metric.getKey().name().equals(DROPPED_RECORDS) && metric.getKey().group().equals(TASK_METRICS)
                    && metric.getValue().metricValue() instanceof Double value && !value.isNaN()) {
                dropped += value;
            }
        }
        return (long) dropped;
    }
}
