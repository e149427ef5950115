package io.streambench.flink.source;

import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.Window;
import io.streambench.api.run.ExecutionMode;
import io.streambench.flink.model.SourceRecord;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

import java.time.Duration;

/** The timestamps and watermarks a pipeline needs, assigned right at the source. */
public final class Timestamps {
    private Timestamps() {
    }

    public static WatermarkStrategy<SourceRecord> strategyFor(Pipeline pipeline, ExecutionMode mode) {
        if (pipeline.watermark() == null) {
            return WatermarkStrategy.<SourceRecord>noWatermarks().withTimestampAssigner(assignerWithoutEventTime(pipeline, mode));
        }
        long bound = pipeline.watermark().maxOutOfOrderness().toMillis();
        WatermarkStrategy<SourceRecord> strategy = WatermarkStrategy
                .<SourceRecord>forGenerator(context -> new EventTimeWatermarks(bound))
                .withTimestampAssigner((record, previous) -> record.isMalformed() ? previous : record.event().eventTime());
        Duration idle = pipeline.watermark().idleTimeout();
        return idle == null ? strategy : strategy.withIdleness(idle);
    }

    /**
     * Flink BATCH sorts each key's records by timestamp. Count windows follow arrival order, so in batch mode their
     * records carry their offset as timestamp: a user's events share a partition, so offset order is arrival order.
     */
    private static SerializableTimestampAssigner<SourceRecord> assignerWithoutEventTime(Pipeline pipeline, ExecutionMode mode) {
        boolean countWindows = pipeline.windowAggregation().map(a -> a.window() instanceof Window.Count).orElse(false);
        if (countWindows && mode.kind() == ExecutionMode.Kind.BATCH) {
            return (record, previous) -> record.offset();
        }
        return (record, previous) -> record.isMalformed() ? previous : record.event().eventTime();
    }
}
