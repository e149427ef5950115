package io.streambench.kafka;

import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.pipeline.StartPosition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("integration")
class BrokerRestartTest {
    @Test
    void theEmbeddedBrokerRestartsOnItsPortsWithItsData() {
        try (KafkaBroker kafka = KafkaBroker.embedded(Path.of("target", "restart-test"), Map.of())) {
            List<ClickEvent> events = ClickstreamGenerator.generate(GeneratorConfig.defaults(3), 2_000);
            kafka.createStream(new StreamSpec("restarted", 2));
            try (EventWriter writer = kafka.openWriter("restarted")) {
                events.subList(0, 1_000).forEach(writer::send);
                writer.flush(Duration.ofSeconds(30));
                kafka.restart();
                events.subList(1_000, 2_000).forEach(writer::send);
                writer.flush(Duration.ofSeconds(60));
            }
            List<ReadMessage> read = new ArrayList<>();
            try (EventReader reader = kafka.openReader("restarted", StartPosition.earliest())) {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (read.size() < 2_000 && System.nanoTime() < deadline) {
                    read.addAll(reader.poll(Duration.ofMillis(500)));
                }
            }
            assertThat(read.stream().map(ReadMessage::decode).toList()).containsExactlyInAnyOrderElementsOf(events);
        }
    }
}
