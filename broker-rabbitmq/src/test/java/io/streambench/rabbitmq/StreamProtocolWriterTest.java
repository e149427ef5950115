package io.streambench.rabbitmq;

import com.rabbitmq.stream.Consumer;
import com.rabbitmq.stream.Environment;
import com.rabbitmq.stream.Message;
import com.rabbitmq.stream.OffsetSpecification;
import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.QueueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stream queues are written over the stream protocol, and read back by AMQP 0-9-1 and stream-protocol consumers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class StreamProtocolWriterTest {
    private static final int EVENTS = 5_000;

    private RabbitMqBroker broker;

    @BeforeAll
    void openBroker() {
        broker = LocalRabbitMq.open(QueueType.STREAM, true);
    }

    @AfterAll
    void closeBroker() {
        broker.close();
    }

    @Test
    void theAmqpReaderGetsEveryEventWithItsKeySendTimeAndOffset() {
        String stream = LocalRabbitMq.uniqueName("stream-protocol");
        broker.createStream(new StreamSpec(stream, 1));
        try {
            List<ClickEvent> events = LocalRabbitMq.events(5, EVENTS);
            long before = System.currentTimeMillis();
            try (EventWriter writer = broker.openWriter(stream)) {
                events.forEach(writer::send);
                writer.sendRaw(null, new byte[]{7});
                writer.flush(LocalRabbitMq.TIMEOUT);
                assertThat(writer).isInstanceOf(StreamQueueWriter.class);
                assertThat(writer.arrivalDelays().delays().count()).as("one confirmed arrival per event")
                        .isEqualTo(EVENTS);
            }
            long after = System.currentTimeMillis();

            try (EventReader reader = broker.openReader(stream, StartPosition.earliest())) {
                List<ReadMessage> read = LocalRabbitMq.readAll(reader, EVENTS + 1);
                assertThat(read).hasSize(EVENTS + 1);
                assertThat(read.subList(0, EVENTS).stream().map(ReadMessage::decode)).containsExactlyElementsOf(events);
                assertThat(read.subList(0, EVENTS)).allSatisfy(message -> {
                    assertThat(message.key()).isEqualTo(message.decode().user());
                    assertThat(message.brokerTimestamp()).isBetween(before, after);
                });
                assertThat(read.stream().mapToLong(ReadMessage::offset).boxed().toList())
                        .isEqualTo(LongStream.rangeClosed(0, EVENTS).boxed().toList());
                ReadMessage raw = read.get(EVENTS);
                assertThat(raw.key()).isNull();
                assertThat(raw.payload()).containsExactly(7);
            }
        } finally {
            broker.deleteStream(stream);
        }
    }

    @Test
    void aStreamClientConsumerGetsTheSameKeySendTimeCorrelationIdAndBody() throws InterruptedException {
        String stream = LocalRabbitMq.uniqueName("stream-client-read");
        broker.createStream(new StreamSpec(stream, 1));
        List<ClickEvent> events = LocalRabbitMq.events(6, 200);
        List<Message> read = new CopyOnWriteArrayList<>();
        try (Environment environment = StreamEnvironments.open(broker.connection(), Deployment.LOCAL)) {
            try (EventWriter writer = broker.openWriter(stream)) {
                events.forEach(writer::send);
                writer.flush(LocalRabbitMq.TIMEOUT);
            }
            Consumer consumer = environment.consumerBuilder().stream(stream).offset(OffsetSpecification.first())
                    .messageHandler((context, message) -> read.add(message)).build();
            long deadline = System.nanoTime() + LocalRabbitMq.TIMEOUT.toNanos();
            while (read.size() < events.size() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            consumer.close();
        } finally {
            broker.deleteStream(stream);
        }
        assertThat(read.stream().map(m -> ClickEventCodec.decode(m.getBodyAsBinary()))).containsExactlyElementsOf(events);
        assertThat(read).allSatisfy(message -> {
            assertThat(message.getApplicationProperties().get(MessageFormat.KEY_HEADER))
                    .isEqualTo(ClickEventCodec.decode(message.getBodyAsBinary()).user());
            assertThat(message.getApplicationProperties().get(MessageFormat.SEND_TIME_HEADER)).isInstanceOf(Long.class);
            assertThat(message.getProperties().getCorrelationIdAsString()).startsWith(stream + "-");
        });
    }

    @Test
    void aWriterToAStreamQueueThatDoesNotExistFailsNamingIt() {
        String missing = LocalRabbitMq.uniqueName("no-such-stream");
        assertThatThrownBy(() -> broker.openWriter(missing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stream queue '" + missing + "'");
    }

    @Test
    void theRawConsumerReadsTheWholeStreamWithTheStreamClient() {
        String stream = LocalRabbitMq.uniqueName("raw-consumer");
        broker.createStream(new StreamSpec(stream, 1));
        try {
            try (EventWriter writer = broker.openWriter(stream)) {
                LocalRabbitMq.events(7, EVENTS).forEach(writer::send);
                writer.flush(LocalRabbitMq.TIMEOUT);
            }
            var rate = broker.measureConsumer(stream, EVENTS, broker.connection(), "", LocalRabbitMq.TIMEOUT);
            assertThat(rate.client()).isEqualTo("stream-client 1.4.0");
            assertThat(rate.messages()).as("all but the first, which starts the clock").isEqualTo(EVENTS - 1);
            assertThat(rate.seconds()).isPositive();

            assertThatThrownBy(() -> broker.measureConsumer(stream, EVENTS + 1, broker.connection(), "",
                    Duration.ofSeconds(2)))
                    .hasMessageContaining("read " + EVENTS + " of " + (EVENTS + 1) + " messages");
        } finally {
            broker.deleteStream(stream);
        }
    }
}
