package io.streambench.bench.run;

import io.streambench.api.measure.SignedHistogram;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.WindowResult;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.LatencySummary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The latency of a cell's emissions, measured from intended send times (a system that falls behind cannot hide its
 * delay). The headline is engine-added latency: visible minus availability, one sample per emission, which a
 * zero-delay engine scores 0 whatever the window size, watermark bound or lateness. Not measured: emissions of windows
 * that started in the warm-up (results without an event-time window: made available in it), and emissions that only
 * the end-of-input markers made possible. The cut is made in event time, not by when a result appeared, so an engine
 * that falls behind is still measured.
 */
final class LatencyMeasurement {
    private LatencyMeasurement() {
    }

    /**
     * @param observed          every emission the sink holds, in the order they became visible
     * @param expected          the oracle's final results, to tell which emission first carried a final value
     * @param timing            availability under the cell's emission
     * @param eventTimeWindows  whether results are event-time windows (warm-up is then cut by window start)
     * @param measuredFrom      the end of the warm-up, as an intended send time
     */
    static CellResult.Latency of(List<ObservedResult> observed, List<WindowResult> expected, EmissionTiming timing,
                                 boolean eventTimeWindows, boolean countWindows, long measuredFrom) {
        Map<WindowResult.Identity, WindowResult> finalValues = new HashMap<>();
        expected.forEach(result -> finalValues.put(result.identity(), result));
        SignedHistogram engineAdded = new SignedHistogram();
        SignedHistogram firstResult = new SignedHistogram();
        SignedHistogram finalResult = new SignedHistogram();
        SignedHistogram processing = new SignedHistogram();
        SignedHistogram eventTime = new SignedHistogram();
        Set<WindowResult.Identity> seen = new HashSet<>();
        Set<WindowResult.Identity> finalSeen = new HashSet<>();
        Set<Long> firings = new HashSet<>();
        double[] parts = new double[4];
        long warmup = 0;
        long flushed = 0;
        for (ObservedResult emission : observed) {
            WindowResult result = emission.result();
            Optional<EmissionTiming.Timed> timed = timing.of(emission);
            if (timed.isEmpty()) {
                flushed++;
                continue;
            }
            EmissionTiming.Timed t = timed.get();
            long since = eventTimeWindows ? result.windowStart() : t.timeline().available();
            if (since < measuredFrom) {
                warmup++;
                continue;
            }
            engineAdded.record(t.engineAdded());
            processing.record(t.processing());
            if (!countWindows) {
                eventTime.record(emission.visibleTime() - result.windowEnd());
            }
            firings.add(t.timeline().available());
            parts[0] += t.timeline().windowWait();
            parts[1] += t.timeline().watermarkBound();
            parts[2] += t.timeline().lateness();
            parts[3] += t.engineAdded();
            if (seen.add(result.identity())) {
                firstResult.record(t.engineAdded());
            }
            WindowResult finalValue = finalValues.get(result.identity());
            if (finalValue != null && finalValue.value() == result.value()
                    && finalValue.maxSendTime() == result.maxSendTime() && finalSeen.add(result.identity())) {
                finalResult.record(t.engineAdded());
            }
        }
        long samples = engineAdded.count();
        CellResult.Decomposition decomposition = samples == 0 ? null : new CellResult.Decomposition(
                parts[0] / samples, parts[1] / samples, parts[2] / samples, parts[3] / samples);
        return new CellResult.Latency(timing.emission().wireName(), LatencySummary.of(engineAdded),
                LatencySummary.of(firstResult), LatencySummary.of(finalResult), LatencySummary.of(processing),
                countWindows ? null : LatencySummary.of(eventTime), firings.size(),
                firings.size() >= CellResult.Latency.ENOUGH_FIRINGS, decomposition, warmup, flushed);
    }
}
