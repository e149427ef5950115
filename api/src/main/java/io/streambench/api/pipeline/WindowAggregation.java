package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;
import java.util.Objects;

/**
 * Output stage: group by {@code key}, window, aggregate. A time window's result stays open for updates until the
 * watermark passes {@code windowEnd + allowedLateness}; events arriving after that are late and dropped (counted).
 */
public record WindowAggregation(Key key, Window window, Aggregate function, Duration allowedLateness) implements Stage {
    @JsonCreator
    public WindowAggregation(@JsonProperty("key") Key key, @JsonProperty("window") Window window,
                             @JsonProperty("function") Aggregate function,
                             @JsonProperty("allowedLateness") Duration allowedLateness) {
        this.key = Objects.requireNonNull(key, "aggregate needs a key");
        this.window = Objects.requireNonNull(window, "aggregate needs a window");
        this.function = Objects.requireNonNull(function, "aggregate needs a function");
        this.allowedLateness = allowedLateness == null ? Duration.ZERO : allowedLateness;
        if (this.allowedLateness.isNegative()) {
            throw new IllegalArgumentException("allowedLateness must be >= 0");
        }
        if (!window.isEventTime() && !this.allowedLateness.isZero()) {
            throw new IllegalArgumentException("count windows do not use event time, so allowedLateness does not apply");
        }
    }

    @Override
    public boolean isOutput() {
        return true;
    }
}
