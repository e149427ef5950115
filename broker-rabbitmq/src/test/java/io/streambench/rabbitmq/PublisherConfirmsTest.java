package io.streambench.rabbitmq;

import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.Action;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.load.ArrivalDelays;
import io.streambench.api.load.LoadProgress;
import io.streambench.api.load.LoadReport;
import io.streambench.api.load.OpenLoopLoader;
import io.streambench.api.measure.Percentiles;
import io.streambench.api.run.QueueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class PublisherConfirmsTest {
    private static final int EVENTS = 20_000;

    private RabbitMqBroker broker;
    private String stream;

    @BeforeAll
    void openBroker() {
        broker = LocalRabbitMq.open(QueueType.CLASSIC, true);
    }

    @AfterAll
    void closeBroker() {
        broker.close();
    }

    @BeforeEach
    void createStream() {
        stream = LocalRabbitMq.uniqueName("confirms");
        broker.createStream(new StreamSpec(stream, 1));
    }

    @AfterEach
    void deleteStream() {
        broker.deleteStream(stream);
    }

    @Test
    void flushReturnsOnlyWhenTheBrokerHasConfirmedEveryMessage() {
        try (EventWriter writer = broker.openWriter(stream)) {
            LocalRabbitMq.events(1, EVENTS).forEach(writer::send);
            writer.flush(LocalRabbitMq.TIMEOUT);
            // A durable queue confirms a persistent message once it holds it, so there is nothing left to wait for.
            assertThat(broker.topology().messageCount(stream)).isEqualTo(EVENTS);
        }
    }

    @Test
    void flushFailsWhileConfirmsAreOutstandingAndSucceedsOnceTheyArrive() {
        try (EventWriter writer = broker.openWriter(stream)) {
            LocalRabbitMq.events(2, EVENTS).forEach(writer::send);
            assertThatThrownBy(() -> writer.flush(Duration.ZERO)).isInstanceOf(PublishException.class)
                    .hasMessageContaining("not confirmed by RabbitMQ within").hasMessageContaining(stream + "-");
            writer.flush(LocalRabbitMq.TIMEOUT);
        }
        assertThat(broker.topology().messageCount(stream)).isEqualTo(EVENTS);
    }

    /**
     * Purpose: with confirms, each event's arrival delay runs from its intended send time to its confirm. How: a warmed
     * writer sends 2,000 events on an open-loop schedule of 4,000/s starting now, plus a raw message and a marker.
     * Pass: exactly the events are counted (confirms that settle many at once included), none below zero, all small.
     */
    @Test
    void arrivalDelaysRunFromEachEventsIntendedSendTimeToItsConfirm() {
        int events = 2_000;
        try (EventWriter writer = broker.openWriter(stream)) {
            writer.sendRaw("raw", new byte[]{1});
            writer.flush(LocalRabbitMq.TIMEOUT);
            ClickstreamGenerator generator = new ClickstreamGenerator(GeneratorConfig.defaults(4)
                    .withSchedule(4_000, System.currentTimeMillis() + 50));
            LoadReport load = OpenLoopLoader.load(writer, generator, events, generator.schedule(), LoadProgress.NONE,
                    LocalRabbitMq.TIMEOUT);
            writer.sendWatermarkMarkers(Long.MAX_VALUE / 2);
            writer.flush(LocalRabbitMq.TIMEOUT);

            ArrivalDelays arrivals = writer.arrivalDelays();
            Percentiles delays = arrivals.delays().percentiles();
            System.out.printf("rabbitmq arrival delays of %d events (loader at most %d ms behind): %s%n", events,
                    load.behindScheduleMillis(), delays);
            assertThat(arrivals.measuredBy()).isEqualTo("RabbitMQ publisher confirm (includes the way back)");
            assertThat(delays.count()).isEqualTo(events);
            assertThat(delays.negative()).isZero();
            assertThat(delays.p99()).as("p99 in ms").isLessThan(2_000);
        }
    }

    /**
     * Purpose: an event published again after a lost connection counts once. How: the broker closes the writer's
     * connection (rabbitmqctl close_connection, which touches no other client) while it publishes; it reconnects and
     * publishes again what was not confirmed. Pass: every event arrived and each has exactly one arrival delay.
     */
    @Test
    void anEventPublishedAgainAfterAReconnectCountsOnce() throws Exception {
        Assumptions.assumeTrue(rabbitmqctl("status").isPresent(), "rabbitmqctl is not on the PATH or may not be run");
        try (EventWriter writer = broker.openWriter(stream)) {
            writer.sendRaw("raw", new byte[]{1});
            writer.flush(LocalRabbitMq.TIMEOUT);
            String connection = writerConnectionPid();
            // 5 s of publishing: rabbitmqctl takes a second or two to start
            ClickstreamGenerator generator = new ClickstreamGenerator(GeneratorConfig.defaults(5)
                    .withSchedule(EVENTS / 5.0, System.currentTimeMillis() + 50));
            CompletableFuture<LoadReport> writing = CompletableFuture.supplyAsync(() -> OpenLoopLoader.load(writer,
                    generator, EVENTS, generator.schedule(), LoadProgress.NONE, LocalRabbitMq.TIMEOUT));
            assertThat(rabbitmqctl("close_connection", connection, "streambench test: connection lost")).isPresent();
            assertThat(writing).as("still publishing when the connection was closed").isNotDone();
            writing.get(3, TimeUnit.MINUTES);
            Percentiles delays = writer.arrivalDelays().delays().percentiles();
            System.out.printf("rabbitmq arrival delays of %d events across a reconnect: %s%n", EVENTS, delays);
            assertThat(delays.count()).isEqualTo(EVENTS);
        }
        assertThat(broker.topology().messageCount(stream)).isGreaterThanOrEqualTo(EVENTS + 1);
    }

    @Test
    void aPublishToAMissingExchangeIsAnErrorNotSilence() {
        String missing = LocalRabbitMq.uniqueName("no-such-exchange");
        try (EventWriter writer = broker.openWriter(missing)) {
            writer.send(event());
            assertThatThrownBy(() -> writer.flush(LocalRabbitMq.TIMEOUT)).isInstanceOf(PublishException.class)
                    .hasMessageContaining("NOT_FOUND").hasMessageContaining("no exchange '" + missing + "'");
            assertThatThrownBy(() -> writer.send(event())).isInstanceOf(PublishException.class)
                    .hasMessageContaining("no exchange '" + missing + "'");
        }
    }

    @Test
    void aMessageNoQueueTakesIsReturnedAndFailsTheFlush() {
        broker.topology().deleteQueue(stream);
        try (EventWriter writer = broker.openWriter(stream)) {
            writer.send(event());
            assertThatThrownBy(() -> writer.flush(LocalRabbitMq.TIMEOUT)).isInstanceOf(PublishException.class)
                    .hasMessageContaining("returned 1 messages").hasMessageContaining("NO_ROUTE")
                    .hasMessageContaining("click.page-3");
        }
    }

    private String writerConnectionPid() throws InterruptedException {
        String name = "streambench-writer-" + stream;
        String listed = rabbitmqctl("-q", "list_connections", "--no-table-headers", "pid", "client_properties")
                .orElseThrow();
        return listed.lines().filter(line -> line.contains("\"" + name + "\"")).map(line -> line.split("\\s+")[0])
                .findFirst().orElseThrow(() -> new AssertionError("no connection named " + name + " in:\n" + listed));
    }

    /** The output of a successful rabbitmqctl command; empty if it cannot be run or fails. */
    private static Optional<String> rabbitmqctl(String... arguments) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 ? Optional.of(output)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static ClickEvent event() {
        return new ClickEvent(1, "user-1", "user-1-s1", "page-3", Action.CLICK, 0, 10, 10);
    }
}
