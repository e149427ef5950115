package io.streambench.kafkastreams;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.ConformanceRun;
import io.streambench.api.conformance.ConformanceWorkload;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.result.MemoryResultStore;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.RunSettings;
import io.streambench.testsupport.EmbeddedKafkaBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Kafka Streams promises where its stream time and the oracle's watermark part: a backlog on several source
 * partitions, read by several stream threads. The task after the repartition takes each source task's events in the
 * order that task wrote them, and its stream time is the largest event time among them, so a source task that runs
 * ahead may make it drop tardy events the oracle keeps. That is the engine's semantics, not a defect, and the bench's
 * oracle comparison reports it as a wrong cell; what the engine must not do is lose an event without counting it, nor
 * count one twice.
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaStreamsStreamTimeTest {
    private static final int PARTITIONS = 2;
    /**
     * Every wait of the run: reading the 12,000 events takes seconds, and a window whose every event was dropped is
     * waited for until this bound, so it is kept short.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(75);

    private Broker kafka;

    @BeforeAll
    void startBroker() {
        kafka = EmbeddedKafkaBroker.start("kafka-streams-stream-time");
    }

    @AfterAll
    void stopBroker() {
        kafka.close();
    }

    /**
     * How: clicks-per-page-tumbling (a count per page and window) over the workload with tardy events, its last 70 %
     * written at once, on two partitions and two stream threads.
     * Pass: no result the oracle does not expect and none above the oracle's count; what the results miss of the
     * oracle's counts is exactly what the engine counted as late beyond the oracle's own late events.
     */
    @Test
    void eventsDroppedBehindStreamTimeAreCountedAsLateAndNothingElseIsLost() throws InterruptedException {
        ConformanceRun run = new ConformanceRun(new KafkaStreamsEngine(), kafka, new MemoryResultStore(), PARTITIONS,
                TIMEOUT, Path.of("target", "conformance", "kafka-streams-stream-time"));
        RunSettings settings = RunSettings.of(ExecutionMode.continuous()).withParallelism(PARTITIONS)
                .withCheckpointInterval(Duration.ofSeconds(2));
        ConformanceRun.Result result = run.run(ReadyPipelines.byName("clicks-per-page-tumbling"), settings,
                ConformanceWorkload.withTardyEvents(), List.of());

        Map<WindowResult.Identity, Long> got = new HashMap<>();
        for (ObservedResult observed : result.emissions()) {
            got.put(observed.result().identity(), observed.result().value());
        }
        long shortfall = 0;
        for (WindowResult want : result.expected().results()) {
            long value = got.getOrDefault(want.identity(), 0L);
            assertThat(value).as("count of %s against the oracle's", want.identity()).isLessThanOrEqualTo(want.value());
            shortfall += want.value() - value;
        }
        long droppedBeyondOracle = result.counters().get(JobHandle.LATE_EVENTS) - result.expected().lateDropped();
        System.out.printf("kafka-streams on %d partitions with a backlog: %s; %d events dropped behind stream time "
                + "that the oracle keeps%n", PARTITIONS, result.report().summary(), droppedBeyondOracle);
        assertThat(result.report().extra()).as(result.report().summary()).isZero();
        assertThat(result.report().duplicated()).as(result.report().summary()).isZero();
        assertThat(droppedBeyondOracle).as("late events the engine counted beyond the oracle's")
                .isEqualTo(shortfall);
    }
}
