package io.streambench.rabbitmq;

import io.streambench.api.event.ClickEvent;

/**
 * Routing keys of the topic exchanges: {@code <action>.<page>}, e.g. {@code click.page-42}, so that a queue bound to
 * {@code purchase.*} gets the purchases and one bound to {@code *.page-7} everything on a page. Watermark markers
 * use {@code watermark} and raw messages {@code raw.<key>}: neither has a page.
 */
public final class RoutingKeys {
    private RoutingKeys() {
    }

    public static String of(ClickEvent event) {
        if (event.isWatermarkMarker()) {
            return event.action().wireName();
        }
        return event.action().wireName() + "." + event.page();
    }

    public static String ofRaw(String key) {
        return key == null ? "raw" : "raw." + key;
    }
}
