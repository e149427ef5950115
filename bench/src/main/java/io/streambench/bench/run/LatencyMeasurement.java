package io.streambench.bench.run;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.WindowResult;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.LatencySummary;
import org.HdrHistogram.Histogram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Latency of the final emission of each result, measured from intended send times (coordinated omission cannot hide
 * delay). Results of the warm-up period do not count, nor windows that only the end-of-input markers could close:
 * those whose end plus the watermark bound plus the allowed lateness lies past the last event time of the load.
 * The cut is made in event time, not by when a result appeared, so an engine that falls behind is still measured.
 */
final class LatencyMeasurement {
    private LatencyMeasurement() {
    }

    /** @param closableBefore windows ending after this are closed only by the markers; Long.MAX_VALUE if none are */
    static CellResult.Latency of(List<ObservedResult> observed, long warmupEndsAt, long closableBefore) {
        Map<WindowResult.Identity, ObservedResult> finalEmission = new LinkedHashMap<>();
        observed.forEach(result -> finalEmission.put(result.result().identity(), result));
        Histogram processing = LatencySummary.newHistogram();
        Histogram eventTime = LatencySummary.newHistogram();
        long warmup = 0;
        long flushed = 0;
        for (ObservedResult result : finalEmission.values()) {
            if (result.result().maxSendTime() < warmupEndsAt) {
                warmup++;
            } else if (result.result().windowEnd() > closableBefore) {
                flushed++;
            } else {
                processing.recordValue(Math.max(0, result.visibleTime() - result.result().maxSendTime()));
                eventTime.recordValue(Math.max(0, result.visibleTime() - result.result().windowEnd()));
            }
        }
        return new CellResult.Latency(LatencySummary.of(processing), LatencySummary.of(eventTime), warmup, flushed);
    }
}
