package io.streambench.bench.load;

import io.streambench.api.broker.EventWriter;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.load.ArrivalDelays;

import java.time.Duration;

/**
 * A writer that counts the events and end-of-input markers handed to it, so that another thread can report progress
 * at any moment, whatever the rate. One thread sends; any thread may read the counts.
 */
final class CountedWriter implements EventWriter {
    private final EventWriter writer;
    // Written by the sending thread only, so the increments need no atomicity; volatile for the readers.
    private volatile long events;
    private volatile int markers;

    CountedWriter(EventWriter writer) {
        this.writer = writer;
    }

    long events() {
        return events;
    }

    int markers() {
        return markers;
    }

    @Override
    public void send(ClickEvent event) {
        writer.send(event);
        events++;
    }

    @Override
    public void sendRaw(String key, byte[] payload) {
        writer.sendRaw(key, payload);
    }

    @Override
    public int sendWatermarkMarkers(long eventTime) {
        int sent = writer.sendWatermarkMarkers(eventTime);
        markers += sent;
        return sent;
    }

    @Override
    public ArrivalDelays arrivalDelays() {
        return writer.arrivalDelays();
    }

    @Override
    public void flush(Duration timeout) {
        writer.flush(timeout);
    }

    @Override
    public void close() {
        writer.close();
    }
}
