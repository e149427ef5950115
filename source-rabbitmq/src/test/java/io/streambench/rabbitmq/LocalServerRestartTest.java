package io.streambench.rabbitmq;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;
import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.pipeline.StartPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restarts the local server (rabbitmqctl stop_app / start_app) while a writer publishes with confirms: the writer
 * reconnects (an AMQP one) or recovers (a stream-protocol one) and publishes again what was not confirmed, so every
 * event arrives; some may arrive twice.
 */
class LocalServerRestartTest {
    private static final int EVENTS = 20_000;

    @ParameterizedTest
    @ValueSource(strings = {"quorum", "stream"})
    void aWriterRidesThroughARestartOfTheLocalServerWithoutLosingAnEvent(String queueType) throws Exception {
        Assumptions.assumeTrue(rabbitmqctlRuns(), "rabbitmqctl is not on the PATH or may not be run by this user");
        Broker broker = BrokerProvider.named("rabbitmq").open(Path.of("target"), Map.of("queueType", queueType));
        String stream = "restart-" + Long.toString(System.nanoTime(), 36);
        List<ClickEvent> events = ClickstreamGenerator.generate(GeneratorConfig.defaults(8), EVENTS);
        try {
            broker.createStream(new StreamSpec(stream, 1));
            CompletableFuture<Void> writing;
            try (EventWriter writer = broker.openWriter(stream)) {
                writing = CompletableFuture.runAsync(() -> {
                    for (ClickEvent event : events) {
                        writer.send(event);
                    }
                    writer.flush(Duration.ofMinutes(3));
                });
                TimeUnit.MILLISECONDS.sleep(300);
                broker.restart();
                writing.get(4, TimeUnit.MINUTES);
            }
            List<ReadMessage> read = new ArrayList<>();
            try (EventReader reader = broker.openReader(stream, StartPosition.earliest())) {
                long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                while (distinct(read) < EVENTS && System.nanoTime() < deadline) {
                    read.addAll(reader.poll(Duration.ofMillis(500)));
                }
                read.addAll(reader.poll(Duration.ofSeconds(1)));
            }
            assertThat(distinct(read)).as("every event arrived").isEqualTo(EVENTS);
            System.out.printf("restart, " + queueType + " queue: %d events sent, %d messages read (%d duplicates from republishing)%n",
                    EVENTS, read.size(), read.size() - EVENTS);
        } finally {
            broker.deleteStream(stream);
            broker.close();
        }
    }

    private static boolean rabbitmqctlRuns() {
        try {
            Process status = new ProcessBuilder("rabbitmqctl", "status").redirectErrorStream(true).start();
            status.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return status.waitFor(60, TimeUnit.SECONDS) && status.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int distinct(List<ReadMessage> read) {
        Set<Long> sequences = new HashSet<>();
        read.forEach(message -> sequences.add(message.decode().sequence()));
        return sequences.size();
    }
}
