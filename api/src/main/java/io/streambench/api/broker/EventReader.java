package io.streambench.api.broker;

import java.time.Duration;
import java.util.List;

/** Reads one stream, for verification and for reading result streams back. */
public interface EventReader extends AutoCloseable {
    /** Waits up to {@code timeout} for messages and returns those that arrived, possibly none. */
    List<ReadMessage> poll(Duration timeout);

    @Override
    void close();
}
