package io.streambench.rabbitmq;

import io.streambench.api.run.QueueType;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The settings of a RabbitMQ broker, parsed from the provider's string map.
 *
 * @param uri       the AMQP URI; null only for {@link Deployment#TESTCONTAINERS}, where the container decides it
 * @param confirms  whether writers use publisher confirms (the default) or only a round trip on flush, for comparison;
 *                  always true for stream queues, whose writers use the stream protocol
 * @param clientProperties amqp-client configuration keys for every connection, from the {@code client.*} settings
 */
public record RabbitMqSettings(Deployment deployment, String uri, QueueType queueType, boolean confirms,
                               Map<String, String> clientProperties) {
    public static final String LOCAL_URI = "amqp://guest:guest@127.0.0.1:5672";

    static final String DEPLOYMENT = "deployment";
    static final String URI = "uri";
    static final String QUEUE_TYPE = "queueType";
    static final String CONFIRMS = "confirms";
    static final Set<String> KEYS = Set.of(DEPLOYMENT, URI, QUEUE_TYPE, CONFIRMS,
            AmqpClientProperties.SETTING_PREFIX + "*");

    public RabbitMqSettings {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(queueType, "queueType");
        clientProperties = clientProperties == null ? Map.of() : Map.copyOf(clientProperties);
        AmqpClientProperties.requireKnown(clientProperties);
        if ((deployment == Deployment.TESTCONTAINERS) != (uri == null)) {
            throw new IllegalArgumentException(deployment == Deployment.TESTCONTAINERS
                    ? "rabbitmq deployment=testcontainers picks its own uri; drop uri= or use deployment=external"
                    : "rabbitmq deployment=" + deployment.wireName() + " needs uri=amqp://user:password@host:port/vhost");
        }
        if (!confirms && queueType == QueueType.STREAM) {
            throw new IllegalArgumentException("rabbitmq confirms=false applies to classic and quorum queues: stream "
                    + "queues are written over the stream protocol, which confirms every message");
        }
    }

    /** Reads the settings; the caller has already rejected unknown keys. Missing keys take their defaults. */
    static RabbitMqSettings parse(Map<String, String> settings) {
        Deployment deployment = Deployment.fromWireName(settings.getOrDefault(DEPLOYMENT, Deployment.LOCAL.wireName()));
        String uri = settings.get(URI);
        if (uri == null && deployment == Deployment.LOCAL) {
            uri = LOCAL_URI;
        }
        QueueType queueType = QueueType.fromWireName(settings.getOrDefault(QUEUE_TYPE, QueueType.STREAM.wireName()));
        Map<String, String> clientProperties = new TreeMap<>();
        settings.forEach((key, value) -> {
            if (isClientProperty(key)) {
                clientProperties.put(key.substring(AmqpClientProperties.SETTING_PREFIX.length()), value);
            }
        });
        return new RabbitMqSettings(deployment, uri, queueType, parseBoolean(settings.getOrDefault(CONFIRMS, "true")),
                clientProperties);
    }

    static boolean isClientProperty(String key) {
        return key.startsWith(AmqpClientProperties.SETTING_PREFIX)
                && key.length() > AmqpClientProperties.SETTING_PREFIX.length();
    }

    private static boolean parseBoolean(String text) {
        switch (text) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new IllegalArgumentException("rabbitmq setting confirms must be true or false, was '" + text + "'");
        }
    }
}
