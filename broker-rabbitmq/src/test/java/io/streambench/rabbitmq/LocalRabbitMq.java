package io.streambench.rabbitmq;

import io.streambench.api.broker.BrokerProvider;
import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.run.QueueType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the tests on the local server share: opening it, unique names, events, reading until enough arrived. */
final class LocalRabbitMq {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private LocalRabbitMq() {
    }

    static RabbitMqBroker open(QueueType queueType, boolean confirms) {
        return (RabbitMqBroker) BrokerProvider.named("rabbitmq").open(Path.of("."), Map.of(
                "queueType", queueType.wireName(), "confirms", Boolean.toString(confirms)));
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    static List<ClickEvent> events(long seed, int count) {
        return ClickstreamGenerator.generate(GeneratorConfig.defaults(seed).withPopulation(200, 100), count);
    }

    /** Polls until {@code count} messages arrived or {@link #TIMEOUT} passed, and then for a further half second. */
    static List<ReadMessage> readAll(EventReader reader, int count) {
        List<ReadMessage> read = new ArrayList<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (read.size() < count && System.nanoTime() < deadline) {
            read.addAll(reader.poll(Duration.ofMillis(500)));
        }
        read.addAll(reader.poll(Duration.ofMillis(500)));
        return read;
    }
}
