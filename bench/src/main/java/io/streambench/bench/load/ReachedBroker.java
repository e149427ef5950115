package io.streambench.bench.load;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;
import io.streambench.api.run.BrokerConnection;
import io.streambench.kafka.KafkaBrokerProvider;
import io.streambench.rabbitmq.AmqpClientProperties;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The broker a connection leads to, opened as an external one: the loader reaches the broker the bench started or
 * found, and starts or owns nothing itself. RabbitMQ writers use publisher confirms, as every bench writer does.
 */
final class ReachedBroker {
    private ReachedBroker() {
    }

    static Broker open(BrokerConnection connection) {
        Map<String, String> settings = new HashMap<>();
        settings.put("deployment", "external");
        String provider;
        if (connection instanceof BrokerConnection.Kafka kafka) {
            provider = "kafka";
            settings.put(KafkaBrokerProvider.BOOTSTRAP_SERVERS, kafka.bootstrapServers());
            kafka.clientProperties().forEach((key, value) -> settings.put(KafkaBrokerProvider.CLIENT_PREFIX + key, value));
        } else if (connection instanceof BrokerConnection.RabbitMq rabbit) {
            provider = "rabbitmq";
            settings.put("uri", rabbit.uri());
            settings.put("queueType", rabbit.queueType().wireName());
            rabbit.clientProperties().forEach((key, value) -> settings.put(AmqpClientProperties.SETTING_PREFIX + key, value));
        } else {
            throw new IllegalArgumentException("the loader cannot reach " + connection.describe());
        }
        // Neither provider keeps files for a broker it does not start.
        return BrokerProvider.named(provider).open(Path.of("."), settings);
    }
}
