package io.streambench.kafka;

import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.ReadMessage;
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
import io.streambench.api.pipeline.StartPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
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

/**
 * What the writer and the reader add to the conformance suite: failed sends are never silent, arrival delays, and
 * message metadata.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
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

    /**
     * Purpose: the loader's own delay is measured per event from its intended send time to the broker's append time.
     * How: 2,000 events on an open-loop schedule of 4,000/s starting now, plus raw messages and markers, then a flush.
     * Pass: exactly the events are counted, none below zero (one clock, and nothing is appended before it is due), and
     * they are small on this machine.
     */
    @Test
    void arrivalDelaysCountEveryAcknowledgedEventFromItsIntendedSendTime() {
        int events = 2_000;
        broker.createStream(new StreamSpec("arrivals", 2));
        try (EventWriter writer = broker.openWriter("arrivals")) {
            writer.sendRaw("raw", "not an event".getBytes(StandardCharsets.UTF_8));
            writer.flush(TIMEOUT); // connected, and the topic's metadata known: the schedule starts on a ready writer
            assertThat(writer.arrivalDelays().delays().count()).isZero();
            ClickstreamGenerator generator = new ClickstreamGenerator(GeneratorConfig.defaults(3)
                    .withSchedule(4_000, System.currentTimeMillis() + 50));
            LoadReport load = OpenLoopLoader.load(writer, generator, events, generator.schedule(), LoadProgress.NONE, TIMEOUT);
            writer.sendWatermarkMarkers(Long.MAX_VALUE / 2);
            writer.flush(TIMEOUT);

            ArrivalDelays arrivals = writer.arrivalDelays();
            Percentiles delays = arrivals.delays().percentiles();
            System.out.printf("kafka arrival delays of %d events (loader at most %d ms behind): %s%n", events,
                    load.behindScheduleMillis(), delays);
            assertThat(arrivals.measuredBy()).isEqualTo("Kafka log-append time");
            assertThat(delays.count()).isEqualTo(events);
            assertThat(delays.negative()).isZero();
            assertThat(delays.p99()).as("p99 in ms").isLessThan(2_000);
        }
    }

    /** Purpose: a send the broker never took is no arrival. Pass: the failed event is not counted, the other one is. */
    @Test
    void aFailedEventHasNoArrivalDelay() {
        broker.createStream(new StreamSpec("arrival-fails", 1));
        long now = System.currentTimeMillis();
        ClickEvent fits = new ClickEvent(1, "user-1", "user-1-s1", "page-1", Action.VIEW, 0, now, now);
        ClickEvent tooLarge = new ClickEvent(2, "user-2", "user-2-s1", new String(TOO_LARGE, StandardCharsets.UTF_8),
                Action.VIEW, 0, now, now);
        try (EventWriter writer = broker.openWriter("arrival-fails")) {
            writer.send(fits);
            writer.send(tooLarge);
            assertThatThrownBy(() -> writer.flush(TIMEOUT)).hasMessageContaining("1 sends to topic 'arrival-fails' failed");
            assertThat(writer.arrivalDelays().delays().count()).isEqualTo(1);
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
