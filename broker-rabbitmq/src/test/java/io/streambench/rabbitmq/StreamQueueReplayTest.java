package io.streambench.rabbitmq;

import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.QueueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class StreamQueueReplayTest {
    private static final int EVENTS = 3_000;

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
    void everyReaderFromEarliestGetsTheWholeLogWithItsOffsets() {
        String stream = LocalRabbitMq.uniqueName("replay");
        broker.createStream(new StreamSpec(stream, 1));
        try {
            List<ClickEvent> events = LocalRabbitMq.events(11, EVENTS);
            try (EventWriter writer = broker.openWriter(stream)) {
                events.forEach(writer::send);
                writer.flush(LocalRabbitMq.TIMEOUT);
            }
            for (int replay = 0; replay < 2; replay++) {
                try (EventReader reader = broker.openReader(stream, StartPosition.earliest())) {
                    List<ReadMessage> read = LocalRabbitMq.readAll(reader, EVENTS);
                    assertThat(read.stream().map(ReadMessage::decode)).containsExactlyElementsOf(events);
                    assertThat(read.stream().mapToLong(ReadMessage::offset)).containsExactlyElementsOf(
                            LongStream.range(0, EVENTS).boxed().toList());
                    assertThat(read).allSatisfy(m -> assertThat(m.partition()).isZero());
                }
            }
        } finally {
            broker.deleteStream(stream);
        }
    }
}
