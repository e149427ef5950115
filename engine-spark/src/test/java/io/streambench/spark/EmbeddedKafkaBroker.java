package io.streambench.spark;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;

import java.nio.file.Path;
import java.util.Map;

/** The project's own Kafka broker in a JVM of its own, opened through the broker SPI as the bench does. */
final class EmbeddedKafkaBroker {
    private EmbeddedKafkaBroker() {
    }

    static Broker start(String name) {
        return BrokerProvider.named("kafka").open(Path.of("target", "kafka", name), Map.of("deployment", "embedded"));
    }
}
