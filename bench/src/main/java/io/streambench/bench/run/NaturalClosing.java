package io.streambench.bench.run;

import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.WindowAggregation;

/** Which windows the regular stream closes by itself, without the end-of-input markers. */
final class NaturalClosing {
    private NaturalClosing() {
    }

    /** The latest window end the load's own events close, or Long.MAX_VALUE when no window waits for a watermark. */
    static long closableBefore(Pipeline pipeline, long lastEventTime) {
        if (pipeline.watermark() == null || pipeline.windowAggregation().isEmpty()
                || !pipeline.windowAggregation().get().window().isEventTime()) {
            return Long.MAX_VALUE;
        }
        WindowAggregation aggregation = pipeline.windowAggregation().get();
        return lastEventTime - pipeline.watermark().maxOutOfOrderness().toMillis() - aggregation.allowedLateness().toMillis();
    }
}
