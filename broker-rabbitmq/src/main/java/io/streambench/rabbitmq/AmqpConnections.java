package io.streambench.rabbitmq;

import com.rabbitmq.client.AuthenticationFailureException;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.streambench.api.run.RedactedUri;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** Opens AMQP connections from a URI, with bounded waits and one clear error when the server cannot be reached. */
final class AmqpConnections {
    /** The client's own default is a minute; an unreachable broker should be reported sooner. */
    static final int CONNECTION_TIMEOUT_MILLIS = 5_000;
    private static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;
    private static final int CHANNEL_RPC_TIMEOUT_MILLIS = 60_000;

    private AmqpConnections() {
    }

    /**
     * Connects to {@code uri}; its query may override the timeout, e.g. {@code ?connection_timeout=1000}.
     *
     * @throws BrokerUnreachableException naming the address and how to start or choose a server
     */
    static Connection open(String uri, String connectionName) {
        return open(uri, connectionName, Map.of());
    }

    /** Connects with the run's client properties (amqp-client keys), applied over this class's bounded waits. */
    static Connection open(String uri, String connectionName, Map<String, String> clientProperties) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        factory.setHandshakeTimeout(HANDSHAKE_TIMEOUT_MILLIS);
        factory.setChannelRpcTimeout(CHANNEL_RPC_TIMEOUT_MILLIS);
        // A benchmark must see a broken connection, not have it silently re-established under its measurements.
        factory.setAutomaticRecoveryEnabled(false);
        AmqpClientProperties.applyTo(factory, clientProperties);
        requireHost(uri);
        try {
            factory.setUri(uri);
        } catch (URISyntaxException e) {
            throw invalidUri(uri, e.getReason());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw invalidUri(uri, e.getMessage());
        }
        try {
            return factory.newConnection(connectionName);
        } catch (AuthenticationFailureException e) {
            throw new BrokerUnreachableException("RabbitMQ at " + RedactedUri.of(uri) + " refused the login of user '"
                    + factory.getUsername() + "': " + e.getMessage() + "; pass uri=amqp://user:password@host:port/vhost "
                    + "with valid credentials", e);
        } catch (IOException | TimeoutException e) {
            throw new BrokerUnreachableException("cannot reach RabbitMQ at " + RedactedUri.of(uri) + " (waited up to "
                    + factory.getConnectionTimeout() + " ms): " + rootMessage(e) + ". Start the local server with "
                    + "'rabbitmq-server -detached', or pass uri=amqp://user:password@host:port/vhost for another one", e);
        }
    }

    /** java.net.URI takes a malformed authority for a registry name without a host: the client would use localhost. */
    private static void requireHost(String uri) {
        try {
            if (new URI(uri).getHost() == null) {
                throw invalidUri(uri, "no host");
            }
        } catch (URISyntaxException e) {
            // Not chained: its message repeats the URI, password included.
            throw invalidUri(uri, e.getReason());
        }
    }

    private static IllegalArgumentException invalidUri(String uri, String problem) {
        return new IllegalArgumentException("invalid rabbitmq uri '" + RedactedUri.of(uri) + "': " + problem
                + " (expected amqp://user:password@host:port/vhost)");
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
