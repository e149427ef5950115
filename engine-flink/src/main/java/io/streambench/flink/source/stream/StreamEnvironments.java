package io.streambench.flink.source.stream;

import com.rabbitmq.stream.Environment;

import java.time.Duration;

/** Stream-client environments whose every request to the broker is bounded in time, closing included. */
final class StreamEnvironments {
    static final Duration RPC_TIMEOUT = Duration.ofSeconds(10);

    private StreamEnvironments() {
    }

    static Environment open(String streamUri) {
        return Environment.builder().uri(streamUri).rpcTimeout(RPC_TIMEOUT).build();
    }
}
