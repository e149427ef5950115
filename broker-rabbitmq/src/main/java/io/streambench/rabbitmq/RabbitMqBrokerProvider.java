package io.streambench.rabbitmq;

import com.rabbitmq.client.Connection;
import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;
import io.streambench.api.run.BrokerConnection;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opens RabbitMQ brokers. Settings:
 * <ul>
 *   <li>{@code deployment}: {@code local} (default, the server of this machine), {@code external} (needs {@code uri})
 *       or {@code testcontainers} (a container started here, needs a Docker engine)</li>
 *   <li>{@code uri}: the AMQP URI, default {@value RabbitMqSettings#LOCAL_URI}; its query may set
 *       {@code connection_timeout} in ms</li>
 *   <li>{@code queueType}: {@code classic}, {@code quorum} or {@code stream} (default)</li>
 *   <li>{@code confirms}: {@code true} (default) for publisher confirms, {@code false} to publish without them
 *       (classic and quorum queues only: stream queues are written over the stream protocol, which always confirms,
 *       at port {@value BrokerConnection.RabbitMq#DEFAULT_STREAM_PORT} of the uri's host)</li>
 * </ul>
 */
public final class RabbitMqBrokerProvider implements BrokerProvider {
    static final String NAME = "rabbitmq";
    static final String CONNECTION_NAME = "streambench";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> settingKeys() {
        return RabbitMqSettings.KEYS;
    }

    @Override
    public void requireKnown(Map<String, String> settings) {
        BrokerProvider.super.requireKnown(settings.keySet().stream()
                .filter(key -> !RabbitMqSettings.isClientProperty(key))
                .collect(Collectors.toMap(key -> key, settings::get)));
    }

    /** @param workDir unused: the broker keeps its data on its own server */
    @Override
    public Broker open(Path workDir, Map<String, String> settings) {
        requireKnown(settings);
        RabbitMqSettings parsed = RabbitMqSettings.parse(settings);
        if (parsed.deployment() != Deployment.TESTCONTAINERS) {
            return open(parsed.uri(), BrokerConnection.RabbitMq.DEFAULT_STREAM_PORT, parsed, () -> {
            });
        }
        RabbitMqContainer container = RabbitMqContainer.start();
        try {
            return open(container.uri(), container.streamPort(), parsed, container);
        } catch (RuntimeException e) {
            container.close();
            throw e;
        }
    }

    private static Broker open(String uri, int streamPort, RabbitMqSettings settings, AutoCloseable deployment) {
        Connection connection = AmqpConnections.open(uri, CONNECTION_NAME, settings.clientProperties());
        try {
            return new RabbitMqBroker(connection, uri, streamPort, settings, deployment);
        } catch (RuntimeException e) {
            connection.abort();
            throw e;
        }
    }
}
