package io.streambench.api.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

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
     */
    record RabbitMq(String uri, QueueType queueType, Map<String, String> clientProperties) implements BrokerConnection {
        @JsonCreator
        public RabbitMq(@JsonProperty("uri") String uri, @JsonProperty("queueType") QueueType queueType,
                        @JsonProperty("clientProperties") Map<String, String> clientProperties) {
            this.uri = Objects.requireNonNull(uri, "rabbitmq connection needs a uri");
            this.queueType = queueType == null ? QueueType.STREAM : queueType;
            this.clientProperties = clientProperties == null ? Map.of() : Map.copyOf(clientProperties);
        }

        public RabbitMq(String uri, QueueType queueType) {
            this(uri, queueType, Map.of());
        }

        @Override
        public String describe() {
            return "rabbitmq " + queueType.wireName() + " queues at " + uri.replaceAll("//[^@/]*@", "//");
        }

        @Override
        public RabbitMq withClientProperties(Map<String, String> more) {
            return new RabbitMq(uri, queueType, merged(clientProperties, more));
        }
    }

    private static Map<String, String> merged(Map<String, String> base, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(base);
        all.putAll(more);
        return all;
    }
}
