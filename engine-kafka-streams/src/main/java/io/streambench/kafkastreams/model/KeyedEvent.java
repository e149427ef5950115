package io.streambench.kafkastreams.model;

import io.streambench.api.event.ClickEvent;

/**
 * An event on its way through the topology, with the source partition it was read from and the page category once the
 * enrichment has found it (null before). Watermark markers travel as events too, so that they move stream time
 * wherever they go; the source partition tells a task after the repartition whose marker it got.
 */
public record KeyedEvent(ClickEvent event, int sourcePartition, String category) {
    public static KeyedEvent of(ClickEvent event, int sourcePartition) {
        return new KeyedEvent(event, sourcePartition, null);
    }

    public KeyedEvent withCategory(String newCategory) {
        return new KeyedEvent(event, sourcePartition, newCategory);
    }

    public boolean isMarker() {
        return event.isWatermarkMarker();
    }
}
