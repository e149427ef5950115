package io.streambench.flink.source;

import io.streambench.flink.model.SourceRecord;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Bounded out-of-orderness over events only: a malformed message has no event time and must not move the watermark
 * (its broker timestamp is wall-clock time, which could be far ahead of event time and drop everything as late).
 */
final class EventTimeWatermarks implements WatermarkGenerator<SourceRecord> {
    private final long boundMillis;
    private long maxEventTime = Long.MIN_VALUE;

    EventTimeWatermarks(long boundMillis) {
        this.boundMillis = boundMillis;
    }

    @Override
    public void onEvent(SourceRecord record, long timestamp, WatermarkOutput output) {
        if (!record.isMalformed()) {
            maxEventTime = Math.max(maxEventTime, record.event().eventTime());
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        if (maxEventTime != Long.MIN_VALUE) {
            output.emitWatermark(new Watermark(maxEventTime - boundMillis - 1));
        }
    }
}
