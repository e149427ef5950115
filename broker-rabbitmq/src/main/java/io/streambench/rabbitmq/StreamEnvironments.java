package io.streambench.rabbitmq;

import com.rabbitmq.stream.Address;
import com.rabbitmq.stream.Environment;
import com.rabbitmq.stream.StreamException;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.RedactedUri;

import java.net.URI;

/** Opens the stream client's environment (its connections to one server) for a RabbitMQ connection. */
final class StreamEnvironments {
    private StreamEnvironments() {
    }

    /**
     * Opens it after making sure the server's stream port is open (see {@link StreamProtocolPort}).
     *
     * @throws BrokerUnreachableException naming the address, and how to enable the stream protocol if it is off
     */
    static Environment open(BrokerConnection.RabbitMq connection, Deployment deployment) {
        String host = URI.create(connection.uri()).getHost();
        StreamProtocolPort.requireOpen(host, connection.streamPort(), deployment);
        Address server = new Address(host, connection.streamPort());
        try {
            return Environment.builder()
                    .uri(connection.streamUri())
                    // One server, reached where the URI says: producers and consumers would otherwise connect to the
                    // host name the node advertises, which a container's or a NATed server's is not reachable by.
                    .addressResolver(advertised -> server)
                    .build();
        } catch (StreamException e) {
            throw new BrokerUnreachableException("cannot open a stream-protocol connection to RabbitMQ at "
                    + RedactedUri.of(connection.streamUri()) + ": " + e.getMessage(), e);
        }
    }
}
