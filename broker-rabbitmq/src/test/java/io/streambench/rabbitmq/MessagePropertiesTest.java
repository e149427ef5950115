package io.streambench.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.run.QueueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Looks at the messages as AMQP delivers them, through a connection of its own, outside the broker under test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class MessagePropertiesTest {
    private RabbitMqBroker broker;
    private Connection inspector;

    @BeforeAll
    void open() {
        broker = LocalRabbitMq.open(QueueType.CLASSIC, true);
        inspector = AmqpConnections.open(RabbitMqSettings.LOCAL_URI, "streambench-test-inspector");
    }

    @AfterAll
    void close() throws IOException {
        inspector.close();
        broker.close();
    }

    @Test
    void everyMessageIsPersistentWithAUniqueCorrelationIdTheKeyAndTheSendTimeInMilliseconds() throws IOException {
        String stream = LocalRabbitMq.uniqueName("properties");
        broker.createStream(new StreamSpec(stream, 1));
        try {
            List<ClickEvent> events = LocalRabbitMq.events(3, 100);
            long before = System.currentTimeMillis();
            for (int writers = 0; writers < 2; writers++) {
                try (EventWriter writer = broker.openWriter(stream)) {
                    events.forEach(writer::send);
                    writer.flush(LocalRabbitMq.TIMEOUT);
                }
            }
            long after = System.currentTimeMillis();

            List<GetResponse> messages = getAll(stream);
            assertThat(messages).hasSize(2 * events.size());
            assertThat(messages.stream().map(m -> m.getProps().getCorrelationId()).distinct())
                    .as("correlation ids, unique across writers").hasSize(messages.size())
                    .allSatisfy(id -> assertThat(id).startsWith(stream + "-"));
            assertThat(messages).allSatisfy(m -> {
                assertThat(m.getProps().getDeliveryMode()).as("persistent").isEqualTo(2);
                assertThat((Long) m.getProps().getHeaders().get(MessageFormat.SEND_TIME_HEADER)).isBetween(before, after);
                assertThat(m.getProps().getHeaders().get(MessageFormat.KEY_HEADER))
                        .hasToString(ClickEventCodec.decode(m.getBody()).user());
            });
        } finally {
            broker.deleteStream(stream);
        }
    }

    private List<GetResponse> getAll(String queue) throws IOException {
        List<GetResponse> messages = new ArrayList<>();
        Channel channel = inspector.createChannel();
        try {
            for (GetResponse message = channel.basicGet(queue, true); message != null; message = channel.basicGet(queue, true)) {
                messages.add(message);
            }
        } finally {
            Channels.close(channel);
        }
        return messages;
    }
}
