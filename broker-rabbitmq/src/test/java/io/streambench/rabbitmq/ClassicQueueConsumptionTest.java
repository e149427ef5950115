package io.streambench.rabbitmq;

import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.QueueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class ClassicQueueConsumptionTest {
    private static final int EVENTS = 3_000;

    private RabbitMqBroker broker;
    private String stream;
    private List<ClickEvent> events;

    @BeforeAll
    void openBroker() {
        broker = LocalRabbitMq.open(QueueType.CLASSIC, true);
    }

    @AfterAll
    void closeBroker() {
        broker.close();
    }

    @BeforeEach
    void writeEvents() {
        stream = LocalRabbitMq.uniqueName("consume");
        broker.createStream(new StreamSpec(stream, 1));
        events = LocalRabbitMq.events(13, EVENTS);
        try (EventWriter writer = broker.openWriter(stream)) {
            events.forEach(writer::send);
            writer.flush(LocalRabbitMq.TIMEOUT);
        }
    }

    @AfterEach
    void deleteStream() {
        broker.deleteStream(stream);
    }

    @Test
    void readingConsumesTheQueue() {
        try (EventReader reader = broker.openReader(stream, StartPosition.earliest())) {
            List<ReadMessage> read = LocalRabbitMq.readAll(reader, EVENTS);
            assertThat(read.stream().map(ReadMessage::decode)).containsExactlyElementsOf(events);
            assertThat(read).allSatisfy(m -> assertThat(m.offset()).as("classic queues have no offsets").isEqualTo(-1));
        }
        try (EventReader reader = broker.openReader(stream, StartPosition.earliest())) {
            assertThat(reader.poll(Duration.ofSeconds(1))).isEmpty();
        }
    }

    @Test
    void whatWasDeliveredButNeverPolledGoesBackToTheQueue() throws InterruptedException {
        EventReader neverPolled = broker.openReader(stream, StartPosition.earliest());
        Thread.sleep(500);
        neverPolled.close();
        try (EventReader reader = broker.openReader(stream, StartPosition.earliest())) {
            assertThat(LocalRabbitMq.readAll(reader, EVENTS)).hasSize(EVENTS);
        }
    }
}
