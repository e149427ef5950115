package io.streambench.testsupport;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;

import java.nio.file.Path;
import java.util.Map;

/** The local RabbitMQ server with one queue type, opened through the broker SPI as the bench does. */
public final class RabbitMqBrokers {
    private RabbitMqBrokers() {
    }

    public static Broker open(String queueType) {
        return BrokerProvider.named("rabbitmq").open(Path.of("target", "rabbitmq"), Map.of("queueType", queueType));
    }
}
