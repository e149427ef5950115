package io.streambench.rabbitmq;

import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.Action;
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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class RoutingTest {
    private RabbitMqBroker broker;
    private String stream;
    private String purchases;

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
        stream = LocalRabbitMq.uniqueName("routing");
        purchases = stream + "-purchases";
        broker.createStream(new StreamSpec(stream, 1));
    }

    @AfterEach
    void deleteQueues() {
        broker.topology().deleteQueue(purchases);
        broker.deleteStream(stream);
    }

    @Test
    void routingKeysAreActionDotPage() {
        ClickEvent click = new ClickEvent(1, "user-1", "user-1-s1", "page-42", Action.CLICK, 0, 10, 10);
        assertThat(RoutingKeys.of(click)).isEqualTo("click.page-42");
        assertThat(RoutingKeys.of(ClickEvent.watermarkMarker(5, 5))).isEqualTo("watermark");
        assertThat(RoutingKeys.ofRaw("k")).isEqualTo("raw.k");
    }

    @Test
    void aQueueBoundToPurchasesReceivesOnlyPurchases() {
        broker.topology().declareBoundQueue(purchases, stream, "purchase.*");
        List<ClickEvent> events = LocalRabbitMq.events(7, 5_000);
        List<ClickEvent> sentPurchases = events.stream().filter(e -> e.action() == Action.PURCHASE).toList();
        assertThat(sentPurchases).as("the workload has purchases").isNotEmpty().hasSizeLessThan(events.size() / 10);

        try (EventWriter writer = broker.openWriter(stream)) {
            events.forEach(writer::send);
            writer.flush(LocalRabbitMq.TIMEOUT);
        }

        try (EventReader reader = broker.openReader(purchases, StartPosition.earliest())) {
            List<ClickEvent> routed = LocalRabbitMq.readAll(reader, sentPurchases.size()).stream()
                    .map(ReadMessage::decode).toList();
            assertThat(routed).containsExactlyElementsOf(sentPurchases);
        }
        try (EventReader reader = broker.openReader(stream, StartPosition.earliest())) {
            assertThat(LocalRabbitMq.readAll(reader, events.size())).as("the stream's own queue, bound with #")
                    .hasSize(events.size());
        }
    }
}
