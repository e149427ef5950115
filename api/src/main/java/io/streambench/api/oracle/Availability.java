package io.streambench.api.oracle;

import io.streambench.api.result.WindowResult;
import io.streambench.api.run.Emission;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * When the pipeline's semantics first made an emission possible: its <em>availability</em>, the intended send time of
 * the event whose arrival allowed it. It follows from the pipeline and the events alone, with one watermark over all
 * events in arrival order (the largest event time seen minus the bound), the same for every engine; what an engine's
 * own watermark design adds (a minimum over source splits, a watermark one micro-batch behind, an emission interval)
 * is the engine's. A zero-delay engine shows every result at its availability.
 * <ul>
 *   <li>{@link Emission#ON_WATERMARK}: the watermark passing the window end, or the arrival of the emission's last
 *   event if that came later (an update by an event within the allowed lateness);</li>
 *   <li>{@link Emission#FINAL}: the watermark passing the window end plus the allowed lateness;</li>
 *   <li>{@link Emission#EVERY_TRIGGER} and {@link Emission#ON_COMPLETION}: the arrival of the emission's last event.</li>
 * </ul>
 * An emission's last event is the one with its largest intended send time: loaders send in that order.
 */
public final class Availability {
    private final EventTimeProgress progress;
    private final long boundMillis;
    private final long latenessMillis;
    private final boolean eventTimeWindows;

    Availability(EventTimeProgress progress, long boundMillis, long latenessMillis, boolean eventTimeWindows) {
        this.progress = progress;
        this.boundMillis = boundMillis;
        this.latenessMillis = latenessMillis;
        this.eventTimeWindows = eventTimeWindows;
    }

    /** The availability of an emitted result; empty when only the end-of-input markers closed its window. */
    public OptionalLong of(WindowResult emitted, Emission emission) {
        return timeline(emitted, emission).map(timeline -> OptionalLong.of(timeline.available()))
                .orElse(OptionalLong.empty());
    }

    /** Where the time from the emission's last event to its availability went; empty as for {@link #of}. */
    public Optional<Timeline> timeline(WindowResult emitted, Emission emission) {
        long lastEvent = emitted.maxSendTime();
        if (!eventTimeWindows || emission == Emission.EVERY_TRIGGER || emission == Emission.ON_COMPLETION) {
            return Optional.of(new Timeline(lastEvent, lastEvent, lastEvent, lastEvent));
        }
        OptionalLong endReached = progress.reached(emitted.windowEnd());
        OptionalLong watermarkPassed = progress.reached(emitted.windowEnd() + boundMillis);
        OptionalLong latenessEnded = progress.reached(emitted.windowEnd() + boundMillis + latenessMillis);
        if (watermarkPassed.isEmpty() || (emission == Emission.FINAL && latenessEnded.isEmpty())) {
            return Optional.empty();
        }
        long reached = Math.max(lastEvent, endReached.getAsLong());
        long passed = Math.max(reached, watermarkPassed.getAsLong());
        long available = emission == Emission.FINAL ? Math.max(passed, latenessEnded.getAsLong()) : passed;
        return Optional.of(new Timeline(lastEvent, reached, passed, available));
    }

    /**
     * The way from an emission's last event to its availability, as intended send times: event time reaching the
     * window end, the watermark passing it, the allowed lateness ending (a final emission only). Each point is at or
     * after the one before.
     */
    public record Timeline(long lastEvent, long windowEndReached, long watermarkPassed, long available) {
        public long windowWait() {
            return windowEndReached - lastEvent;
        }

        public long watermarkBound() {
            return watermarkPassed - windowEndReached;
        }

        public long lateness() {
            return available - watermarkPassed;
        }
    }
}
