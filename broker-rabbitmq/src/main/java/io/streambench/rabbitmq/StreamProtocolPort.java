package io.streambench.rabbitmq;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Stream queues are written and read over the stream protocol, which the {@code rabbitmq_stream} plugin serves and
 * RabbitMQ ships disabled. The local server gets it enabled when its port is closed; any other server gets an error.
 */
final class StreamProtocolPort {
    static final String ENABLE_COMMAND = "rabbitmq-plugins enable rabbitmq_stream";
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    /** The command returns once the plugin has started; its listener may still take a moment. */
    private static final Duration LISTENER_TIMEOUT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 200;

    private StreamProtocolPort() {
    }

    /** @throws BrokerUnreachableException naming the address and the command that enables the plugin */
    static void requireOpen(String host, int port, Deployment deployment) {
        if (accepts(host, port)) {
            return;
        }
        String address = host + ":" + port;
        if (deployment != Deployment.LOCAL) {
            throw new BrokerUnreachableException("RabbitMQ at " + address + " does not accept stream-protocol "
                    + "connections, which stream queues need: enable the rabbitmq_stream plugin on that server ('"
                    + ENABLE_COMMAND + "')");
        }
        System.out.println("rabbitmq: the stream protocol's port " + address + " is closed; enabling it with '"
                + ENABLE_COMMAND + "'");
        try {
            LocalRabbitMqServer.enableStreamPlugin();
            awaitListener(host, port);
        } catch (IllegalStateException e) {
            throw new BrokerUnreachableException("stream queues need the stream protocol at " + address + ", and "
                    + "enabling it failed: " + e.getMessage() + ". Run '" + ENABLE_COMMAND + "' and try again", e);
        }
    }

    private static void awaitListener(String host, int port) {
        long deadline = System.nanoTime() + LISTENER_TIMEOUT.toNanos();
        while (!accepts(host, port)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the plugin is enabled but nothing listens on " + host + ":" + port
                        + " after " + LISTENER_TIMEOUT.toSeconds() + " s");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + host + ":" + port, e);
            }
        }
    }

    private static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }
}
