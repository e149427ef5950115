package io.streambench.bench.engines;

import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.QueueType;
import io.streambench.bench.matrix.NearestNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A broker as a matrix axis: Kafka, or RabbitMQ with one queue type (the queue type decides what an engine can do:
 * only stream queues are replayable).
 */
public enum BrokerFlavor {
    KAFKA("kafka", "kafka", Map.of()),
    RABBITMQ_STREAM("rabbitmq-stream", "rabbitmq", Map.of("queueType", "stream")),
    RABBITMQ_QUORUM("rabbitmq-quorum", "rabbitmq", Map.of("queueType", "quorum")),
    RABBITMQ_CLASSIC("rabbitmq-classic", "rabbitmq", Map.of("queueType", "classic"));

    private static final String RABBITMQ_ALIAS = "rabbitmq";

    private final String wireName;
    private final String provider;
    private final Map<String, String> settings;

    BrokerFlavor(String wireName, String provider, Map<String, String> settings) {
        this.wireName = wireName;
        this.provider = provider;
        this.settings = settings;
    }

    public String wireName() {
        return wireName;
    }

    /** The {@link io.streambench.api.broker.BrokerProvider} that opens it. */
    public String provider() {
        return provider;
    }

    public Map<String, String> settings() {
        return settings;
    }

    /** The names a cell may give: every flavour, and {@value #RABBITMQ_ALIAS}, which means rabbitmq-stream. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(Arrays.stream(values()).map(BrokerFlavor::wireName).toList());
        names.add(RABBITMQ_ALIAS);
        return names;
    }

    public static BrokerFlavor named(String name) {
        if (name.equals(RABBITMQ_ALIAS)) {
            return RABBITMQ_STREAM;
        }
        return Arrays.stream(values()).filter(flavor -> flavor.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(NearestNames.unknown("broker", name, names())));
    }

    /** A connection of this flavor for capability checks, which look at the kind of broker only. */
    public BrokerConnection exampleConnection() {
        return this == KAFKA ? new BrokerConnection.Kafka("localhost:9092", null)
                : new BrokerConnection.RabbitMq("amqp://localhost:5672", QueueType.fromWireName(settings.get("queueType")));
    }
}
