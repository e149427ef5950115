package io.streambench.kafka;

import io.streambench.api.broker.EventWriter;
import io.streambench.api.measure.ClockOffset;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Topic administration on a real broker: partitions, deletion, end offsets, offsets for a timestamp, and the broker's
 * clock read through a log-append-time topic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class KafkaTopicAdminTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path workDir;

    private KafkaBroker broker;
    private KafkaTopicAdmin topics;

    @BeforeAll
    void startBroker() {
        broker = KafkaBroker.embedded(workDir, Map.of());
        topics = broker.topics();
    }

    @AfterAll
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void createsATopicWithItsPartitions() {
        topics.createTopic("four-partitions", 4);
        assertThat(topics.partitions("four-partitions")).containsExactly(0, 1, 2, 3);
        assertThat(topics.endOffsets("four-partitions")).containsOnly(entry(0, 0L), entry(1, 0L), entry(2, 0L), entry(3, 0L));
    }

    @Test
    void refusesToCreateATopicTwice() {
        topics.createTopic("twice", 1);
        assertThatThrownBy(() -> topics.createTopic("twice", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'twice' already exists");
    }

    @Test
    void deletesATopicAndIgnoresOneThatIsNotThere() throws InterruptedException {
        topics.createTopic("short-lived", 2);
        topics.deleteTopic("short-lived");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (exists("short-lived") && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertThatThrownBy(() -> topics.partitions("short-lived")).hasMessageContaining("'short-lived' does not exist");
        topics.deleteTopic("never-created");
    }

    @Test
    void endOffsetsCountWhatEachPartitionHolds() {
        topics.createTopic("counted", 2);
        try (EventWriter writer = broker.openWriter("counted")) {
            for (int i = 0; i < 100; i++) {
                writer.sendRaw("key-" + i, ("message " + i).getBytes(StandardCharsets.UTF_8));
            }
            writer.sendWatermarkMarkers(0);
            writer.flush(TIMEOUT);
        }
        SortedMap<Integer, Long> ends = topics.endOffsets("counted");
        assertThat(ends.keySet()).containsExactly(0, 1);
        assertThat(ends.values()).allSatisfy(end -> assertThat(end).isGreaterThan(1));
        assertThat(ends.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100 + 2);
    }

    @Test
    void offsetsForATimestampPointAtTheFirstMessageTheBrokerTookSinceThen() throws InterruptedException {
        topics.createTopic("timed", 3);
        Instant beforeAll = Instant.now();
        write("timed", 0, 300);
        SortedMap<Integer, Long> endOfFirstBatch = topics.endOffsets("timed");
        TimeUnit.MILLISECONDS.sleep(50);
        Instant between = Instant.now();
        TimeUnit.MILLISECONDS.sleep(50);
        write("timed", 300, 600);

        assertThat(topics.offsetsForTimestamp("timed", beforeAll)).containsOnly(entry(0, 0L), entry(1, 0L), entry(2, 0L));
        assertThat(topics.offsetsForTimestamp("timed", between)).isEqualTo(endOfFirstBatch);
        assertThat(topics.offsetsForTimestamp("timed", Instant.now().plusSeconds(60)))
                .as("after the last message: the end").isEqualTo(topics.endOffsets("timed"));
    }

    /**
     * Purpose: the broker's clock is read through a record's append time. How: read it twice (the first creates the
     * clock topic, the second finds it). Pass: one clock on this machine, so the offset lies within half the round
     * trip (plus a millisecond of truncation), and the round trip is short.
     */
    @Test
    void theBrokersClockIsReadFromAnAppendTime() {
        for (int reading = 0; reading < 2; reading++) {
            ClockOffset offset = broker.clockOffset().orElseThrow();
            System.out.println("kafka broker clock: " + offset);
            assertThat(offset.clock()).isEqualTo("kafka broker");
            assertThat(offset.roundTripMillis()).isBetween(0.0, 500.0);
            assertThat(Math.abs(offset.offsetMillis())).isLessThanOrEqualTo(offset.roundTripMillis() / 2 + 1);
        }
        assertThat(topics.partitions("streambench-clock")).containsExactly(0);
    }

    @Test
    void aTopicThatKeepsTheProducersTimeIsNotTakenForALogAppendTimeTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.connection().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("create-time", 1, (short) 1)
                    .configs(Map.of("message.timestamp.type", "CreateTime")))).all().get(30, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> topics.ensureLogAppendTimeTopic("create-time"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'create-time' exists with message.timestamp.type=CreateTime");
        topics.ensureLogAppendTimeTopic("append-time");
        topics.ensureLogAppendTimeTopic("append-time");
        assertThat(topics.partitions("append-time")).containsExactly(0);
    }

    private void write(String topic, int from, int to) {
        try (EventWriter writer = broker.openWriter(topic)) {
            for (int i = from; i < to; i++) {
                writer.sendRaw("key-" + i, ("message " + i).getBytes(StandardCharsets.UTF_8));
            }
            writer.flush(TIMEOUT);
        }
    }

    private boolean exists(String topic) {
        try {
            topics.partitions(topic);
            return true;
        } catch (IllegalArgumentException doesNotExist) {
            return false;
        }
    }
}
