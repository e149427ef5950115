package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.streambench.api.event.Action;

import java.util.Arrays;
import java.util.List;

/** Keeps the events whose action is one of {@code actionIn}. */
public record Filter(List<Action> actionIn) implements Stage {
    @JsonCreator
    public Filter(@JsonProperty("actionIn") List<Action> actionIn) {
        if (actionIn == null || actionIn.isEmpty()) {
            throw new IllegalArgumentException("filter needs at least one action in actionIn");
        }
        if (actionIn.contains(Action.WATERMARK)) {
            throw new IllegalArgumentException("filter: 'watermark' is a punctuation, not an action to keep");
        }
        this.actionIn = actionIn.stream().distinct().sorted().toList();
    }

    public static Filter actionIn(Action... actions) {
        return new Filter(Arrays.asList(actions));
    }

    public boolean accepts(Action action) {
        return actionIn.contains(action);
    }
}
