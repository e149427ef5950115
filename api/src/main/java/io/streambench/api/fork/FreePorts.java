package io.streambench.api.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Loopback ports nothing listens on right now, for a forked process whose addresses must be known before it starts.
 * Another process may take one before it is used; callers retry.
 */
public final class FreePorts {
    private FreePorts() {
    }

    /** {@code count} different ports: all are held open together, so the system cannot hand out one twice. */
    public static List<Integer> pick(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free loopback port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot release port " + socket.getLocalPort(), e);
                }
            }
        }
    }
}
