package io.streambench.api.load;

import io.streambench.api.measure.SignedHistogram;

/**
 * How long after its intended send time each event reached the broker: the harness's own delay, which the bench
 * reports beside what the engine adds and keeps out of it. {@code measuredBy} says what tells "reached": Kafka's
 * log-append time of the record, RabbitMQ's publisher confirm (an upper bound: it includes the way back).
 */
public record ArrivalDelays(String measuredBy, SignedHistogram delays) {
    public static ArrivalDelays unknown() {
        return new ArrivalDelays("not measured", new SignedHistogram());
    }
}
