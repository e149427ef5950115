package io.streambench.bench.run;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;
import io.streambench.api.broker.StreamCount;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.event.SendSchedule;
import io.streambench.api.load.LoadProgress;
import io.streambench.api.load.LoadReport;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.bench.load.LoadPlan;
import io.streambench.bench.load.LoadTarget;
import io.streambench.kafka.KafkaBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loader in its own JVM against the project's embedded Kafka broker and the local RabbitMQ: every event and
 * marker it reports arrives, its figures agree with each other, and a loader that fails, dies, stalls or is abandoned
 * leaves no process behind. No rate is asserted: how fast the loader is, is for LoaderThroughputCheck on a quiet
 * machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class ForkedLoaderTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(1);
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final int KAFKA_PARTITIONS = 3;

    @TempDir
    static Path kafkaDir;

    @TempDir
    Path workDir;

    private KafkaBroker kafka;
    private Broker rabbitmq;
    /** The local RabbitMQ outlives the tests: what they create there goes again. */
    private final Map<String, Broker> created = new HashMap<>();

    @BeforeAll
    void openBrokers() {
        kafka = KafkaBroker.embedded(kafkaDir, Map.of());
        rabbitmq = BrokerProvider.named("rabbitmq").open(Path.of("."), Map.of("queueType", "stream"));
    }

    @AfterEach
    void deleteStreams() {
        created.forEach((stream, broker) -> broker.deleteStream(stream));
        created.clear();
    }

    @AfterAll
    void closeBrokers() {
        if (kafka != null) {
            kafka.close();
        }
        if (rabbitmq != null) {
            rabbitmq.close();
        }
    }

    @Test
    void aBacklogPinnedToOneCpuReachesKafkaWholeAndItsFiguresAgree() throws Exception {
        String stream = createdStream(kafka, "backlog");
        long events = 20_000;
        AtomicLong shown = new AtomicLong();
        LoadOutcome outcome;
        try (ForkedLoader loader = ForkedLoader.start(new LoadTarget(kafka.connection(), stream), "0", workDir)) {
            outcome = loader.load(new LoadPlan(workload(), events, null, markerTime(), TIMEOUT), progressInto(shown));
            assertThat(loader.eventsSent()).isEqualTo(events);
        }

        LoadReport report = outcome.report();
        assertThat(report.events()).isEqualTo(events);
        assertThat(report.offeredRate()).isNaN();
        assertThat(report.elapsed()).isPositive();
        assertThat(outcome.messages()).isEqualTo(events + KAFKA_PARTITIONS);
        assertThat(outcome.arrivalDelays().delays().count()).isEqualTo(events);
        assertThat(outcome.arrivalDelays().measuredBy()).contains("Kafka");
        assertThat(shown.get()).isEqualTo(events);
        assertThat(outcome.loader().process()).isEqualTo(ForkedLoader.PROCESS);
        assertThat(outcome.loader().cpuSet()).isEqualTo(CpuPinning.of("0").cpuSet());
        assertThat(outcome.loader().cpuSeconds()).isPositive();
        assertThat(outcome.loader().startupCpuSeconds()).isPositive();
        assertThat(StreamCount.from(kafka, stream, StartPosition.earliest(), QUIET, TIMEOUT))
                .isEqualTo(outcome.messages());
    }

    @Test
    void aScheduledLoadReachesARabbitMqStreamWholeWithConfirmedArrivals() throws Exception {
        String stream = createdStream(rabbitmq, "paced");
        long events = 3_000;
        double rate = 2_000;
        long start = System.currentTimeMillis() + 2_000;
        LoadOutcome outcome;
        try (ForkedLoader loader = ForkedLoader.start(new LoadTarget(rabbitmq.connection(), stream), null, workDir)) {
            outcome = loader.load(new LoadPlan(workload().withSchedule(rate, start), events,
                    new SendSchedule(start, rate), markerTime(), TIMEOUT), LoadProgress.NONE);
        }

        LoadReport report = outcome.report();
        assertThat(report.events()).isEqualTo(events);
        assertThat(report.offeredRate()).isEqualTo(rate);
        assertThat(report.behindScheduleMillis()).isNotNegative();
        assertThat(report.elapsed()).isPositive();
        assertThat(outcome.messages()).isEqualTo(events + 1);
        assertThat(outcome.arrivalDelays().delays().count()).isEqualTo(events);
        assertThat(outcome.arrivalDelays().measuredBy()).contains("confirm");
        assertThat(outcome.loader().cpuSet()).isNull();
        assertThat(StreamCount.from(rabbitmq, stream, StartPosition.earliest(), QUIET, TIMEOUT))
                .isEqualTo(outcome.messages());
    }

    @Test
    void aLoaderThatFailsSaysWhyInOneMessageAndIsGone() {
        ForkedLoader loader = ForkedLoader.start(new LoadTarget(rabbitmq.connection(), "never-created-"
                + System.nanoTime()), null, workDir);
        try (loader) {
            assertThatThrownBy(() -> loader.load(new LoadPlan(workload(), 1_000, null, markerTime(), TIMEOUT),
                    LoadProgress.NONE))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the loader failed: ")
                    .hasMessageContaining("never-created-");
        }
        assertGone(loader.pid());
    }

    @Test
    void aLoaderKilledMidLoadFailsTheLoadAndIsReaped() throws Exception {
        String stream = createdStream(kafka, "killed");
        ForkedLoader loader = ForkedLoader.start(new LoadTarget(kafka.connection(), stream), null, workDir);
        Thread killer = afterFirstEvents(loader, () -> ProcessHandle.of(loader.pid()).ifPresent(ProcessHandle::destroyForcibly));
        try (loader) {
            assertThatThrownBy(() -> loader.load(slowForever(), LoadProgress.NONE))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("exited with code 137 before it could load");
        }
        killer.join(TIMEOUT.toMillis());
        assertGone(loader.pid());
    }

    @Test
    void anInterruptedLoadKillsTheLoader() throws Exception {
        String stream = createdStream(kafka, "interrupted");
        Thread loading = Thread.currentThread();
        ForkedLoader loader = ForkedLoader.start(new LoadTarget(kafka.connection(), stream), null, workDir);
        Thread interrupter = afterFirstEvents(loader, loading::interrupt);
        try (loader) {
            assertThatThrownBy(() -> loader.load(slowForever(), LoadProgress.NONE))
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
        interrupter.join(TIMEOUT.toMillis());
        assertGone(loader.pid());
    }

    @Test
    void aLoaderWithoutProgressForLongerThanItsTimeoutIsKilled() {
        String stream = createdStream(kafka, "stalled");
        long inAnHour = System.currentTimeMillis() + Duration.ofHours(1).toMillis();
        ForkedLoader loader = ForkedLoader.start(new LoadTarget(kafka.connection(), stream), null, workDir);
        try (loader) {
            assertThatThrownBy(() -> loader.load(new LoadPlan(workload().withSchedule(10, inAnHour), 10,
                    new SendSchedule(inAnHour, 10), markerTime(), Duration.ofSeconds(1)), LoadProgress.NONE))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("showed no progress for 11 s while it should load; killed it");
        }
        assertGone(loader.pid());
    }

    private String createdStream(Broker broker, String prefix) {
        String stream = prefix + "-" + Long.toString(System.nanoTime(), 36);
        broker.createStream(new StreamSpec(stream, KAFKA_PARTITIONS));
        created.put(stream, broker);
        return stream;
    }

    private static GeneratorConfig workload() {
        return GeneratorConfig.defaults(7).withPopulation(500, 100);
    }

    private static long markerTime() {
        return GeneratorConfig.DEFAULT_START + Duration.ofDays(2).toMillis();
    }

    /** A load that would take hours: ten events a second. */
    private static LoadPlan slowForever() {
        long start = System.currentTimeMillis();
        return new LoadPlan(workload().withSchedule(10, start), 1_000_000, new SendSchedule(start, 10), markerTime(),
                TIMEOUT);
    }

    private static LoadProgress progressInto(AtomicLong shown) {
        return new LoadProgress() {
            @Override
            public void advanced(long sent) {
                shown.set(sent);
            }

            @Override
            public void close() {
            }
        };
    }

    /** Runs {@code action} on a thread of its own once the loader has sent events (bounded by {@link #TIMEOUT}). */
    private static Thread afterFirstEvents(ForkedLoader loader, Runnable action) {
        Thread thread = new Thread(() -> {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (loader.eventsSent() == 0 && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
            action.run();
        }, "after-first-events");
        thread.start();
        return thread;
    }

    private static void assertGone(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        assertThat(process.map(ProcessHandle::isAlive)).as("loader process %d", pid).isNotEqualTo(Optional.of(true));
    }
}
