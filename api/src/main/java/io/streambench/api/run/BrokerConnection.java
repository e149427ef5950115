package io.streambench.api.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.Map;
import java.util.Objects;

/** What an engine needs to reach the broker: Kafka bootstrap servers, or a RabbitMQ URI and the queue type. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
        @JsonSubTypes.Type(value = BrokerConnection.Kafka.class, name = "kafka"),
        @JsonSubTypes.Type(value = BrokerConnection.RabbitMq.class, name = "rabbitmq")})
public sealed interface BrokerConnection {

    String describe();

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
    }

    record RabbitMq(String uri, QueueType queueType) implements BrokerConnection {
        @JsonCreator
        public RabbitMq(@JsonProperty("uri") String uri, @JsonProperty("queueType") QueueType queueType) {
            this.uri = Objects.requireNonNull(uri, "rabbitmq connection needs a uri");
            this.queueType = queueType == null ? QueueType.STREAM : queueType;
        }

        @Override
        public String describe() {
            return "rabbitmq " + queueType.wireName() + " queues at " + uri.replaceAll("//[^@/]*@", "//");
        }
    }
}
