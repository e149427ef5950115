package io.streambench.testsupport;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;

import java.nio.file.Path;
import java.util.Map;

/** The project's own Kafka broker in a JVM of its own, opened through the broker SPI as the bench does. */
public final class EmbeddedKafkaBroker {
    private EmbeddedKafkaBroker() {
    }

    public static Broker start(String name) {
        return BrokerProvider.named("kafka").open(Path.of("target", "kafka", name), Map.of("deployment", "embedded"));
    }
}
