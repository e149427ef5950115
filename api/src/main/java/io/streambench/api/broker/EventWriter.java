package io.streambench.api.broker;

import io.streambench.api.event.ClickEvent;

import java.time.Duration;

/** Writes to one stream. Sends are asynchronous; {@link #flush} waits until the broker acknowledged all of them. */
public interface EventWriter extends AutoCloseable {
    /** Sends an event keyed by its user, so that the events of one user stay in order. */
    void send(ClickEvent event);

    /** Sends exact bytes, e.g. a malformed message to check that pipelines route it aside. */
    void sendRaw(String key, byte[] payload);

    /**
     * Sends a {@link ClickEvent#watermarkMarker} to every partition (every consumer of a queue), so that every
     * engine's watermark passes {@code eventTime} and all windows before it are final. Returns how many it sent.
     */
    int sendWatermarkMarkers(long eventTime);

    /** Blocks until everything sent so far is acknowledged by the broker; fails after {@code timeout}. */
    void flush(Duration timeout);

    @Override
    void close();
}
