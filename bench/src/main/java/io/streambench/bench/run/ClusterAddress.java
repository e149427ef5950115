package io.streambench.bench.run;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;

/** Whether a cluster the user runs answers at its address ({@code http://host:8081}, {@code spark://host:7077}). */
final class ClusterAddress {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private ClusterAddress() {
    }

    /** @throws IllegalStateException naming the address, if nothing accepts connections there */
    static void requireReachable(String engine, String address) {
        URI uri = URI.create(address.contains("://") ? address : "tcp://" + address);
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("the " + engine + " cluster's address must name a host and a port, was '"
                    + address + "'");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) CONNECT_TIMEOUT.toMillis());
        } catch (IOException e) {
            throw new IllegalStateException("the " + engine + " cluster at " + address + " is not reachable: "
                    + e.getMessage());
        }
    }
}
