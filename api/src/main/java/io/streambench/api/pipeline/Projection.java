package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.result.WindowResult;

import java.util.Objects;

/**
 * Stateless output stage: one result per event, labelled {@code <key value>#<sequence>}, with {@code windowStart =
 * windowEnd = eventTime} and {@code value = amountCents}. Nothing is late in a stateless pipeline.
 */
public record Projection(Key key) implements Stage {
    @JsonCreator
    public Projection(@JsonProperty("key") Key key) {
        this.key = Objects.requireNonNull(key, "project needs a key");
    }

    /** The result of one event whose key value is {@code keyValue}; every engine builds its results by this rule. */
    public static WindowResult resultFor(String keyValue, ClickEvent event) {
        return new WindowResult(keyValue + "#" + event.sequence(), event.eventTime(), event.eventTime(),
                event.amountCents(), event.sendTime());
    }

    @Override
    public boolean isOutput() {
        return true;
    }
}
