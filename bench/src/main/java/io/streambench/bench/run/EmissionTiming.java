package io.streambench.bench.run;

import io.streambench.api.oracle.Availability;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.run.Emission;

import java.util.Optional;

/**
 * When each emission of a cell became possible and when it became visible: the oracle's availability under the
 * cell's emission semantics, measured against the sink's visible time.
 */
record EmissionTiming(Availability availability, Emission emission) {
    /** The emission's way from its last event to visible; empty when only the end-of-input markers allowed it. */
    Optional<Timed> of(ObservedResult observed) {
        return availability.timeline(observed.result(), emission)
                .map(timeline -> new Timed(observed, timeline));
    }

    /** One emission with its timeline. */
    record Timed(ObservedResult observed, Availability.Timeline timeline) {
        long engineAdded() {
            return observed.visibleTime() - timeline.available();
        }

        long processing() {
            return observed.visibleTime() - timeline.lastEvent();
        }
    }
}
