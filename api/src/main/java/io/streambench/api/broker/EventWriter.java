package io.streambench.api.broker;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.load.ArrivalDelays;

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

    /**
     * From each event's intended send time ({@link ClickEvent#sendTime}) until the broker took it, for the events this
     * writer sent (not raw messages or markers) and the broker acknowledged so far.
     */
    ArrivalDelays arrivalDelays();

    /** Blocks until everything sent so far is acknowledged by the broker; fails after {@code timeout}. */
    void flush(Duration timeout);

    @Override
    void close();
}
