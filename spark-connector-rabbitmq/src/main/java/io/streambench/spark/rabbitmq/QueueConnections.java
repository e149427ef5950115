package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AuthenticationFailureException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.ShutdownSignalException;
import io.streambench.api.run.QueueType;
import io.streambench.api.run.RedactedUri;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeoutException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Connections and channels of the source: every wait bounded, every failure named with the broker's address (never its
 * password). The client's threads carry {@link #THREAD_PREFIX} in their names, so that a leak would be visible.
 */
final class QueueConnections {
    static final String THREAD_PREFIX = "rabbitmq-spark-source";
    static final int CONNECTION_TIMEOUT_MILLIS = 5_000;
    private static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;
    private static final int CHANNEL_RPC_TIMEOUT_MILLIS = 30_000;
    private static final int CLOSE_TIMEOUT_MILLIS = 10_000;
    private static final int NOT_FOUND = 404;
    private static final Logger LOG = LoggerFactory.getLogger(QueueConnections.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** RabbitMQ's default channel_max, for a connection that negotiated no limit. */
    private static final int DEFAULT_CHANNEL_MAX = 2047;
    /** Where the next channel number is tried; shared by all connections, see {@link #openChannel}. */
    private static final AtomicInteger NEXT_CHANNEL = new AtomicInteger();

    private QueueConnections() {
    }

    /**
     * @param purpose shown as the connection's name in the broker's management views
     * @throws IllegalStateException naming the address and how to start a local server, if none answers
     */
    static Connection open(String uri, String purpose) {
        return open(uri, Map.of(), purpose);
    }

    /** @param clientProperties amqp-client configuration keys, applied over this class's bounded waits */
    static Connection open(String uri, Map<String, String> clientProperties, String purpose) {
        ConnectionFactory factory = new ConnectionFactory();
        requireHost(uri);
        try {
            factory.setUri(uri);
        } catch (URISyntaxException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid rabbitmq option uri '" + RedactedUri.of(uri) + "': "
                    + String.valueOf(e.getMessage()).replace(uri, RedactedUri.of(uri)) + " (expected amqp://user:password@host:port/vhost)");
        }
        factory.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        factory.setHandshakeTimeout(HANDSHAKE_TIMEOUT_MILLIS);
        factory.setChannelRpcTimeout(CHANNEL_RPC_TIMEOUT_MILLIS);
        // A lost connection must fail the query (Spark restarts it from its checkpoint), not be re-established
        // underneath with consumers at unknown positions.
        factory.setAutomaticRecoveryEnabled(false);
        if (!clientProperties.isEmpty()) {
            factory.load(clientProperties, "");
        }
        factory.setThreadFactory(runnable -> {
            Thread thread = new Thread(runnable, THREAD_PREFIX + "-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            return factory.newConnection(purpose);
        } catch (AuthenticationFailureException e) {
            throw new IllegalStateException("RabbitMQ at " + RedactedUri.of(uri) + " refused the login of user '"
                    + factory.getUsername() + "': " + e.getMessage(), e);
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot reach RabbitMQ at " + RedactedUri.of(uri) + " (waited up to "
                    + CONNECTION_TIMEOUT_MILLIS + " ms): " + rootMessage(e) + "; start it with `rabbitmq-server -detached`"
                    + " (or give the uri of a running one)", e);
        }
    }

    /** {@link ConnectionFactory#setUri} takes a URI without a host for localhost; that would hide a typo. */
    private static void requireHost(String uri) {
        try {
            if (new URI(uri).getHost() == null) {
                throw new IllegalArgumentException("invalid rabbitmq option uri '" + RedactedUri.of(uri)
                        + "': no host (expected amqp://user:password@host:port/vhost)");
            }
        } catch (URISyntaxException e) {
            // Not chained: its message repeats the URI, password included.
            throw new IllegalArgumentException("invalid rabbitmq option uri '" + RedactedUri.of(uri) + "': "
                    + e.getReason() + " (expected amqp://user:password@host:port/vhost)");
        }
    }

    /**
     * The messages ready for delivery in a queue (for a classic or quorum queue: not those delivered and unacknowledged).
     *
     * @throws IllegalArgumentException naming queue and broker, if there is no such queue
     */
    static long readyMessages(Connection connection, String uri, String queue) {
        Channel channel = openChannel(connection);
        try {
            return channel.queueDeclarePassive(queue).getMessageCount();
        } catch (IOException e) {
            throw queueProblem(uri, queue, e);
        } finally {
            close(channel);
        }
    }

    /** A connection to the broker of an existing queue; closed again if the queue is missing. */
    static Connection openToQueue(String uri, Map<String, String> clientProperties, String queue, String purpose) {
        Connection connection = open(uri, clientProperties, purpose);
        try {
            requireQueue(connection, uri, queue);
            return connection;
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    /** @throws IllegalArgumentException naming queue and broker, if there is no such queue */
    static void requireQueue(Connection connection, String uri, String queue) {
        readyMessages(connection, uri, queue);
    }

    /**
     * A new channel whose number was not used by a recently closed one. The client hands out the lowest free number,
     * so a channel opened right after another closed would get its number, and a delivery still in flight to the
     * closed channel's consumer would reach the new channel before it has a consumer: "Unsolicited delivery" fails the
     * open. Numbers rotate instead, so such a frame arrives on a number no channel holds, which the client drops (a
     * classic or quorum queue takes the delivery back when the channel closes; a stream queue keeps it anyway).
     */
    static Channel openChannel(Connection connection) {
        int numbers = connection.getChannelMax() > 0 ? connection.getChannelMax() : DEFAULT_CHANNEL_MAX;
        try {
            for (int tried = 0; tried < numbers; tried++) {
                Channel channel = connection.createChannel(1 + Math.floorMod(NEXT_CHANNEL.getAndIncrement(), numbers));
                if (channel != null) {
                    return channel;
                }
            }
            throw new IllegalStateException("no free channel on the connection to RabbitMQ at " + address(connection)
                    + " (all " + numbers + " are open)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a channel to RabbitMQ at " + address(connection) + ": "
                    + rootMessage(e), e);
        }
    }

    /** What a failed queue operation means, in the broker's words, naming the queue and the broker. */
    static RuntimeException queueProblem(String uri, String queue, IOException error) {
        if (error.getCause() instanceof ShutdownSignalException shutdown) {
            String reason = reason(shutdown);
            if (shutdown.getReason() instanceof AMQP.Channel.Close close && close.getReplyCode() == NOT_FOUND) {
                return new IllegalArgumentException("rabbitmq queue '" + queue + "' does not exist at "
                        + RedactedUri.of(uri) + " (the source reads an existing queue and never declares one): " + reason,
                        error);
            }
            if (reason.contains("invalid arg '" + QueueType.STREAM_OFFSET + "'")) {
                return new IllegalArgumentException("rabbitmq queue '" + queue + "' at " + RedactedUri.of(uri)
                        + " is not a stream queue (" + reason + "): pass its queueType (classic or quorum)", error);
            }
            return new IllegalStateException("rabbitmq queue '" + queue + "' at " + RedactedUri.of(uri) + ": " + reason,
                    error);
        }
        return new IllegalStateException("rabbitmq queue '" + queue + "' at " + RedactedUri.of(uri) + ": "
                + rootMessage(error), error);
    }

    /** The broker's reply text, e.g. {@code NOT_FOUND - no queue 'q' in vhost '/'}, or the client's reason. */
    static String reason(ShutdownSignalException shutdown) {
        if (shutdown.getReason() instanceof AMQP.Channel.Close close) {
            return close.getReplyText();
        }
        if (shutdown.getReason() instanceof AMQP.Connection.Close close) {
            return "connection closed: " + close.getReplyText();
        }
        return String.valueOf(shutdown.getMessage());
    }

    private static String address(Connection connection) {
        return connection.getAddress().getHostAddress() + ":" + connection.getPort();
    }

    /** Closes a channel the broker may already have closed. */
    static void close(Channel channel) {
        if (channel == null || !channel.isOpen()) {
            return;
        }
        try {
            channel.close();
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            LOG.debug("closing a channel failed: {}", e.toString());
        }
    }

    /** Closes a connection and, with it, the client's threads. */
    static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            // Also when the broker closed it: abort releases what the client still holds.
            connection.abort(CLOSE_TIMEOUT_MILLIS);
        } catch (RuntimeException e) {
            LOG.warn("closing the connection to RabbitMQ failed: {}", e.toString());
        }
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
