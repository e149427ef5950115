package io.streambench.flink.model;

import io.streambench.api.event.ClickEvent;

/** An event on its way through the stages; {@code category} is set by the page-category enrichment, null before. */
public record EnrichedEvent(ClickEvent event, String category) {
    public static EnrichedEvent of(ClickEvent event) {
        return new EnrichedEvent(event, null);
    }
}
