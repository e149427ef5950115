package io.streambench.kafkastreams.model;

import io.streambench.api.event.ClickEvent;

/**
 * An event on its way through the topology, with the page category once the enrichment has found it (null before).
 * Watermark markers travel as events too, so that they move stream time wherever they go.
 */
public record KeyedEvent(ClickEvent event, String category) {
    public static KeyedEvent of(ClickEvent event) {
        return new KeyedEvent(event, null);
    }

    public KeyedEvent withCategory(String newCategory) {
        return new KeyedEvent(event, newCategory);
    }

    public boolean isMarker() {
        return event.isWatermarkMarker();
    }
}
