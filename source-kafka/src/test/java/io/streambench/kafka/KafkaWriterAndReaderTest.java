package io.streambench.kafka;

import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.pipeline.StartPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the writer and the reader add to the conformance suite: failed sends are never silent, and message metadata. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaWriterAndReaderTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final byte[] TOO_LARGE = new byte[2 * 1024 * 1024];

    @TempDir
    static Path workDir;

    private KafkaBroker broker;

    @BeforeAll
    void startBroker() {
        broker = KafkaBroker.embedded(workDir, Map.of());
    }

    @AfterAll
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aFailedSendFailsTheFlush() {
        broker.createStream(new StreamSpec("flush-fails", 1));
        try (EventWriter writer = broker.openWriter("flush-fails")) {
            writer.sendRaw("fits", "small".getBytes(StandardCharsets.UTF_8));
            writer.sendRaw("does-not-fit", TOO_LARGE);
            assertThatThrownBy(() -> writer.flush(TIMEOUT))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("1 sends to topic 'flush-fails' failed");
            writer.sendRaw("fits-again", "small".getBytes(StandardCharsets.UTF_8));
            writer.flush(TIMEOUT);
        }
    }

    @Test
    void aFailedSendThatNoFlushReportedFailsTheClose() {
        broker.createStream(new StreamSpec("close-fails", 1));
        EventWriter writer = broker.openWriter("close-fails");
        writer.sendRaw("does-not-fit", TOO_LARGE);
        assertThatThrownBy(writer::close).hasMessageContaining("1 sends to topic 'close-fails' failed");
    }

    @Test
    void sendsToATopicThatDoesNotExistFailWithinTheirBound() {
        try (KafkaBroker impatient = KafkaBroker.external(broker.connection().bootstrapServers(), Map.of("max.block.ms", "1000"));
             EventWriter writer = impatient.openWriter("no-such-topic")) {
            writer.sendRaw("k", "v".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> writer.flush(TIMEOUT)).hasMessageContaining("no-such-topic");
        }
    }

    @Test
    void aReadMessageCarriesKeyPartitionOffsetAndTheBrokersTimestamp() {
        broker.createStream(new StreamSpec("metadata", 2));
        long before = System.currentTimeMillis();
        try (EventWriter writer = broker.openWriter("metadata")) {
            writer.sendRaw("first", "1".getBytes(StandardCharsets.UTF_8));
            writer.sendRaw("first", "2".getBytes(StandardCharsets.UTF_8));
            writer.sendRaw(null, "no key".getBytes(StandardCharsets.UTF_8));
            writer.flush(TIMEOUT);
        }
        long after = System.currentTimeMillis();
        List<ReadMessage> read = new ArrayList<>();
        try (EventReader reader = broker.openReader("metadata", StartPosition.earliest())) {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (read.size() < 3 && System.nanoTime() < deadline) {
                read.addAll(reader.poll(Duration.ofMillis(200)));
            }
        }
        assertThat(read).hasSize(3);
        List<ReadMessage> keyed = read.stream().filter(m -> "first".equals(m.key())).toList();
        assertThat(keyed).extracting(m -> new String(m.payload(), StandardCharsets.UTF_8)).containsExactly("1", "2");
        assertThat(keyed).extracting(ReadMessage::offset).containsExactly(keyed.get(0).offset(), keyed.get(0).offset() + 1);
        assertThat(keyed.get(1).partition()).isEqualTo(keyed.get(0).partition());
        assertThat(read).filteredOn(m -> m.key() == null).singleElement()
                .satisfies(m -> assertThat(m.payload()).asString(StandardCharsets.UTF_8).isEqualTo("no key"));
        assertThat(read).allSatisfy(m -> assertThat(m.brokerTimestamp()).isBetween(before, after));
    }
}
