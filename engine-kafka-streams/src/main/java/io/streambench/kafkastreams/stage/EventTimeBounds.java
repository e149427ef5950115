package io.streambench.kafkastreams.stage;

import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.WindowAggregation;

import java.time.Duration;

/**
 * How the pipeline's watermark maps onto Kafka Streams, which has no watermark: each task has a stream time, the
 * largest record timestamp (event time) it has seen, and a window closes when stream time passes its end plus the
 * grace period. The pipeline's watermark is the largest event time minus the bound, and a window closes when it
 * passes end plus the allowed lateness; so grace = bound + allowed lateness closes a window after the same event.
 * <p>
 * Time windows drop an event when {@code windowEnd <= streamTime - grace}: with that grace, exactly when the oracle's
 * watermark has passed end + lateness. Session windows compare the session's last event, not its end (last event +
 * gap), and strictly ({@code lastEvent < streamTime - grace}), hence grace = gap + bound + lateness - 1 ms.
 * <p>
 * Stream time is per task, after the repartition: the largest event time among the keys of that task, never ahead of
 * the oracle's one watermark over all events, so a task may keep an event the oracle drops but never the reverse.
 */
record EventTimeBounds(Duration bound, Duration lateness) {
    static EventTimeBounds of(Pipeline pipeline, WindowAggregation aggregation) {
        return new EventTimeBounds(pipeline.watermark().maxOutOfOrderness(), aggregation.allowedLateness());
    }

    Duration timeWindowGrace() {
        return bound.plus(lateness);
    }

    Duration sessionGrace(Duration gap) {
        return gap.plus(bound).plus(lateness).minusMillis(1);
    }
}
