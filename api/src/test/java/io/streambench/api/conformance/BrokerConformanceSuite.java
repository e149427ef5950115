package io.streambench.api.conformance;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.pipeline.StartPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every broker must do for the engines and the bench: give back exactly what was written, keep the order of one
 * user's events, honour the start positions it declares, and let a reader that started first see everything. Each
 * broker module subclasses it once per broker flavour (Kafka; RabbitMQ classic, quorum and stream queues), with a real
 * broker shared by the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
public abstract class BrokerConformanceSuite {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int EVENTS = 10_000;

    private String stream;

    /** A real broker, opened once for the class by the subclass. */
    protected abstract Broker broker();

    /** Partitions of the streams the suite creates (ignored by brokers without partitions). */
    protected int partitions() {
        return 3;
    }

    @BeforeEach
    void createStream(TestInfo test) {
        stream = (broker().name() + "-" + test.getTestMethod().orElseThrow().getName() + "-"
                + Long.toString(System.nanoTime(), 36)).replaceAll("[^A-Za-z0-9-]", "-");
        broker().createStream(new StreamSpec(stream, partitions()));
    }

    @AfterEach
    void deleteStream() {
        broker().deleteStream(stream);
    }

    /**
     * Purpose: a reader from the start gets what the loader wrote, no more, no less.
     * How: 10,000 events written, read from {@code earliest}.
     * Pass: the same events (in any order across partitions), and nothing more within half a second.
     */
    @Test
    void readsBackExactlyWhatWasWritten() {
        List<ClickEvent> events = events(1, EVENTS);
        write(events);
        try (EventReader reader = broker().openReader(stream, StartPosition.earliest())) {
            List<ClickEvent> read = decode(readExactly(reader, EVENTS));
            assertThat(read).containsExactlyInAnyOrderElementsOf(events);
            assertThat(reader.poll(Duration.ofMillis(500))).as("nothing beyond what was written").isEmpty();
        }
    }

    /**
     * Purpose: one user's events keep their order, which sessions and per-key windows rely on.
     * How: 10,000 events written and read back from {@code earliest}.
     * Pass: each user's sequence numbers only grow.
     */
    @Test
    void keepsTheOrderOfEachUsersEvents() {
        write(events(2, EVENTS));
        try (EventReader reader = broker().openReader(stream, StartPosition.earliest())) {
            Map<String, Long> lastSequenceOfUser = new HashMap<>();
            for (ClickEvent event : decode(readExactly(reader, EVENTS))) {
                Long before = lastSequenceOfUser.put(event.user(), event.sequence());
                assertThat(before == null || before < event.sequence())
                        .as("%s after %s for %s", event.sequence(), before, event.user()).isTrue();
            }
        }
    }

    /**
     * Purpose: {@code latest} reads only what is written after the reader starts.
     * How: 1,000 events written, a reader started at {@code latest}, 1,000 more written.
     * Pass: the reader gets exactly the second 1,000. Brokers that cannot start at latest skip it.
     */
    @Test
    void latestStartsAfterWhatIsAlreadyThere() throws Exception {
        requireStartPosition(StartPosition.Kind.LATEST);
        List<ClickEvent> events = events(3, 2_000);
        write(events.subList(0, 1_000));
        try (EventReader reader = broker().openReader(stream, StartPosition.latest())) {
            reader.poll(Duration.ofMillis(200));
            write(events.subList(1_000, 2_000));
            assertThat(decode(readExactly(reader, 1_000))).containsExactlyInAnyOrderElementsOf(events.subList(1_000, 2_000));
        }
    }

    /**
     * Purpose: a start at an instant reads from the first message the broker took at or after it.
     * How: 1,000 events, an instant 100 ms later, 1,000 more events; a reader started at the instant.
     * Pass: it gets exactly the second 1,000, each with a broker timestamp at or after the instant. Brokers that cannot
     * replay skip it.
     */
    @Test
    void timestampStartsAtTheFirstMessageWrittenAtOrAfterIt() throws Exception {
        requireStartPosition(StartPosition.Kind.TIMESTAMP);
        List<ClickEvent> events = events(4, 2_000);
        write(events.subList(0, 1_000));
        TimeUnit.MILLISECONDS.sleep(100);
        Instant between = Instant.now();
        TimeUnit.MILLISECONDS.sleep(100);
        write(events.subList(1_000, 2_000));
        try (EventReader reader = broker().openReader(stream, StartPosition.at(between))) {
            List<ReadMessage> read = readExactly(reader, 1_000);
            assertThat(decode(read)).containsExactlyInAnyOrderElementsOf(events.subList(1_000, 2_000));
            assertThat(read).allSatisfy(m -> assertThat(m.brokerTimestamp()).isGreaterThanOrEqualTo(between.toEpochMilli()));
        }
    }

    /**
     * Purpose: a start position a broker cannot honour is refused, never silently read from elsewhere.
     * How: a reader opened at each position the broker does not declare.
     * Pass: each is refused with the position's name; every broker supports {@code earliest}.
     */
    @Test
    void unsupportedStartPositionsAreRefusedByName() {
        for (StartPosition position : List.of(StartPosition.latest(), StartPosition.at(Instant.now()))) {
            if (!broker().startPositions().contains(position.kind())) {
                try {
                    broker().openReader(stream, position).close();
                    throw new AssertionError(broker().describe() + " accepted start position " + position);
                } catch (UnsupportedOperationException refused) {
                    assertThat(refused.getMessage()).contains(position.kind().name().toLowerCase());
                }
            }
        }
        assertThat(broker().startPositions()).contains(StartPosition.Kind.EARLIEST);
    }

    /**
     * Purpose: the bench may start readers (engines, the plain consumer) before the load begins.
     * How: a reader at {@code earliest} on an empty stream, then 10,000 events written concurrently.
     * Pass: it reads all 10,000.
     */
    @Test
    void aReaderStartedBeforeTheLoaderSeesEverything() throws Exception {
        List<ClickEvent> events = events(5, EVENTS);
        try (EventReader reader = broker().openReader(stream, StartPosition.earliest())) {
            reader.poll(Duration.ofMillis(200));
            CompletableFuture<Void> loading = CompletableFuture.runAsync(() -> write(events));
            List<ClickEvent> read = decode(readExactly(reader, EVENTS));
            loading.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertThat(read).containsExactlyInAnyOrderElementsOf(events);
        }
    }

    /**
     * Purpose: malformed payloads pass through untouched (engines must count them), and the watermark markers that
     * end a finite workload reach every partition.
     * How: one raw non-JSON message and the markers written, read from {@code earliest}.
     * Pass: the raw bytes arrive once, unchanged; exactly one marker per partition, with the event time sent.
     */
    @Test
    void rawMessagesArriveAsWrittenAndMarkersReachEveryPartition() {
        byte[] raw = "{not an event".getBytes(StandardCharsets.UTF_8);
        try (EventWriter writer = broker().openWriter(stream)) {
            writer.sendRaw("k", raw);
            writer.sendWatermarkMarkers(123_456L);
            writer.flush(TIMEOUT);
        }
        try (EventReader reader = broker().openReader(stream, StartPosition.earliest())) {
            List<ReadMessage> read = readAtLeast(reader, 2);
            assertThat(read.stream().filter(m -> java.util.Arrays.equals(m.payload(), raw))).hasSize(1);
            List<ReadMessage> markers = read.stream().filter(m -> !java.util.Arrays.equals(m.payload(), raw)).toList();
            assertThat(markers).allSatisfy(m -> {
                assertThat(m.decode().isWatermarkMarker()).isTrue();
                assertThat(m.decode().eventTime()).isEqualTo(123_456L);
            });
            assertThat(markers.stream().map(ReadMessage::partition).distinct().count())
                    .as("a marker in every partition").isEqualTo(markers.size());
            assertThat(markers.size()).isIn(1, partitions());
        }
    }

    private void requireStartPosition(StartPosition.Kind kind) {
        Assumptions.assumeTrue(broker().startPositions().contains(kind),
                () -> broker().describe() + " cannot start at " + kind.name().toLowerCase());
    }

    private static List<ClickEvent> events(long seed, int count) {
        return ClickstreamGenerator.generate(GeneratorConfig.defaults(seed).withPopulation(200, 100), count);
    }

    private void write(List<ClickEvent> events) {
        try (EventWriter writer = broker().openWriter(stream)) {
            events.forEach(writer::send);
            writer.flush(TIMEOUT);
        }
    }

    private static List<ReadMessage> readExactly(EventReader reader, int count) {
        List<ReadMessage> read = readAtLeast(reader, count);
        assertThat(read).as("messages read").hasSize(count);
        return read;
    }

    private static List<ReadMessage> readAtLeast(EventReader reader, int count) {
        List<ReadMessage> read = new ArrayList<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (read.size() < count && System.nanoTime() < deadline) {
            read.addAll(reader.poll(Duration.ofMillis(500)));
        }
        return read;
    }

    private static List<ClickEvent> decode(List<ReadMessage> messages) {
        return messages.stream().map(ReadMessage::decode).toList();
    }
}
