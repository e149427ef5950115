package io.streambench.api.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** What an engine needs to reach the broker: Kafka bootstrap servers, or a RabbitMQ URI and the queue type. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
        @JsonSubTypes.Type(value = BrokerConnection.Kafka.class, name = "kafka"),
        @JsonSubTypes.Type(value = BrokerConnection.RabbitMq.class, name = "rabbitmq")})
public sealed interface BrokerConnection {

    String describe();

    /** The same connection with more client properties, which win over those it has. */
    BrokerConnection withClientProperties(Map<String, String> more);

    /**
     * @param clientProperties passed to every Kafka client as they are (e.g. SASL/TLS settings of an external cluster)
     */
    record Kafka(String bootstrapServers, Map<String, String> clientProperties) implements BrokerConnection {
        @JsonCreator
        public Kafka(@JsonProperty("bootstrapServers") String bootstrapServers,
                     @JsonProperty("clientProperties") Map<String, String> clientProperties) {
            if (bootstrapServers == null || bootstrapServers.isBlank()) {
                throw new IllegalArgumentException("kafka connection needs bootstrapServers");
            }
            this.bootstrapServers = bootstrapServers;
            this.clientProperties = clientProperties == null ? Map.of() : Map.copyOf(clientProperties);
        }

        @Override
        public String describe() {
            return "kafka at " + bootstrapServers;
        }

        @Override
        public Kafka withClientProperties(Map<String, String> more) {
            return new Kafka(bootstrapServers, merged(clientProperties, more));
        }
    }

    /**
     * @param clientProperties passed to every AMQP connection factory as amqp-client's own configuration keys without
     *                         their prefix (e.g. {@code connection.heartbeat}, {@code connection.frame.max},
     *                         {@code ssl.enabled}), which it applies with {@code ConnectionFactory.load(map, "")}
     * @param streamPort       where the same server speaks the stream protocol (the {@code rabbitmq_stream} plugin);
     *                         host, credentials and virtual host are those of {@code uri}
     */
    record RabbitMq(String uri, QueueType queueType, Map<String, String> clientProperties, int streamPort)
            implements BrokerConnection {
        /** The port the {@code rabbitmq_stream} plugin listens on unless configured otherwise. */
        public static final int DEFAULT_STREAM_PORT = 5552;

        @JsonCreator
        public RabbitMq(@JsonProperty("uri") String uri, @JsonProperty("queueType") QueueType queueType,
                        @JsonProperty("clientProperties") Map<String, String> clientProperties,
                        @JsonProperty("streamPort") Integer streamPort) {
            this(uri, queueType, clientProperties, streamPort == null ? DEFAULT_STREAM_PORT : streamPort.intValue());
        }

        public RabbitMq {
            Objects.requireNonNull(uri, "rabbitmq connection needs a uri");
            queueType = queueType == null ? QueueType.STREAM : queueType;
            clientProperties = clientProperties == null ? Map.of() : Map.copyOf(clientProperties);
            if (streamPort <= 0 || streamPort > 65_535) {
                throw new IllegalArgumentException("rabbitmq streamPort must be a TCP port, was " + streamPort);
            }
        }

        public RabbitMq(String uri, QueueType queueType, Map<String, String> clientProperties) {
            this(uri, queueType, clientProperties, DEFAULT_STREAM_PORT);
        }

        public RabbitMq(String uri, QueueType queueType) {
            this(uri, queueType, Map.of());
        }

        /**
         * The same server, user and virtual host as {@link #uri()} on the stream protocol's port, as the stream client
         * takes it ({@code rabbitmq-stream://user:password@host:port/vhost}).
         */
        public String streamUri() {
            URI amqp = URI.create(uri);
            String scheme = "amqps".equalsIgnoreCase(amqp.getScheme()) ? "rabbitmq-stream+tls" : "rabbitmq-stream";
            String userInfo = amqp.getRawUserInfo() == null ? "" : amqp.getRawUserInfo() + "@";
            String host = amqp.getHost() == null ? "localhost" : amqp.getHost();
            // amqp://host and amqp://host/ both mean the default virtual host "/".
            String path = amqp.getRawPath() == null || amqp.getRawPath().length() <= 1 ? "/%2f" : amqp.getRawPath();
            return scheme + "://" + userInfo + host + ":" + streamPort + path;
        }

        @Override
        public String describe() {
            return "rabbitmq " + queueType.wireName() + " queues at " + RedactedUri.of(uri);
        }

        @Override
        public RabbitMq withClientProperties(Map<String, String> more) {
            return new RabbitMq(uri, queueType, merged(clientProperties, more), streamPort);
        }
    }

    private static Map<String, String> merged(Map<String, String> base, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(base);
        all.putAll(more);
        return all;
    }
}
