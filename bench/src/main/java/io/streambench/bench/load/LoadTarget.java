package io.streambench.bench.load;

import io.streambench.api.run.BrokerConnection;

import java.util.Objects;

/** Where the loader writes: the broker as the engines reach it, and the stream. The loader's first input. */
public record LoadTarget(BrokerConnection connection, String stream) {
    public LoadTarget {
        Objects.requireNonNull(connection, "connection");
        if (stream == null || stream.isBlank()) {
            throw new IllegalArgumentException("a load target needs a stream");
        }
    }
}
