package io.streambench.rabbitmq;

import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.Action;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.run.QueueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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

    private static ClickEvent event() {
        return new ClickEvent(1, "user-1", "user-1-s1", "page-3", Action.CLICK, 0, 10, 10);
    }
}
