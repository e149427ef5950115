package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;

/**
 * Event-time progress, taken at the source before any other stage: watermark = largest event time seen minus
 * {@code maxOutOfOrderness}. A source partition without events for {@code idleTimeout} stops holding it back.
 */
public record Watermark(Duration maxOutOfOrderness, Duration idleTimeout) {
    @JsonCreator
    public Watermark(@JsonProperty("maxOutOfOrderness") Duration maxOutOfOrderness,
                     @JsonProperty("idleTimeout") Duration idleTimeout) {
        if (maxOutOfOrderness == null || maxOutOfOrderness.isNegative()) {
            throw new IllegalArgumentException("watermark needs maxOutOfOrderness >= 0");
        }
        if (idleTimeout != null && (idleTimeout.isNegative() || idleTimeout.isZero())) {
            throw new IllegalArgumentException("watermark idleTimeout must be > 0 when given");
        }
        this.maxOutOfOrderness = maxOutOfOrderness;
        this.idleTimeout = idleTimeout;
    }

    public static Watermark boundedOutOfOrderness(Duration bound) {
        return new Watermark(bound, null);
    }
}
