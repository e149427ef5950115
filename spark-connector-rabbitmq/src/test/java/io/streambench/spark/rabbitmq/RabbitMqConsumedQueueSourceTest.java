package io.streambench.spark.rabbitmq;

import io.streambench.api.broker.Broker;
import io.streambench.rabbitmq.RabbitMqBroker;
import io.streambench.testsupport.RabbitMqBrokers;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Classic and quorum queues: consumed, not replayable, at-least-once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class RabbitMqConsumedQueueSourceTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private SparkSession spark;
    private final Map<String, Broker> brokers = new HashMap<>();

    @BeforeAll
    void start() {
        brokers.put("classic", RabbitMqBrokers.open("classic"));
        brokers.put("quorum", RabbitMqBrokers.open("quorum"));
        spark = LocalSpark.start(getClass().getSimpleName());
    }

    @AfterAll
    void stop() {
        spark.stop();
        brokers.values().forEach(Broker::close);
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "quorum"})
    void microBatchesHoldEveryMessageOnceInDeliveryOrderAndNoMoreThanTheCap(String queueType, @TempDir Path checkpoint)
            throws Exception {
        Broker broker = brokers.get(queueType);
        String queue = TestQueues.create(broker, queueType + "-order");
        try {
            List<String> written = new ArrayList<>(TestQueues.write(broker, queue, 21, 300));
            CollectedBatches sink = new CollectedBatches();
            StreamingQuery query = LocalSpark.into(read(queueType, queue, Map.of("maxMessagesPerTrigger", "70")), sink)
                    .option("checkpointLocation", checkpoint.toString()).start();
            try {
                assertThat(sink.awaitRows(100, TIMEOUT)).isTrue();
                written.addAll(TestQueues.write(broker, queue, 22, 200));
                assertThat(sink.awaitRows(500, TIMEOUT)).as("rows read").isTrue();
            } finally {
                query.stop();
            }

            List<CollectedBatches.Received> rows = sink.all();
            assertThat(CollectedBatches.values(rows)).containsExactlyElementsOf(written);
            assertThat(CollectedBatches.offsets(rows)).containsExactlyElementsOf(LongStream.range(0, 500).boxed().toList());
            assertThat(sink.batchSizes()).hasSizeGreaterThanOrEqualTo(8)
                    .allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(70));
            assertThat(rows).allSatisfy(row -> assertThat(row.timestamp()).isNotNull());
            // Committed batches are acknowledged when Spark asks for the next batch; stopped before that, the last
            // one goes back to the queue.
            long lastBatch = sink.batchSizes().get(sink.batchSizes().size() - 1);
            assertThat(readyMessages(broker, queue, lastBatch)).as("back in the queue").isIn(0L, lastBatch);
            assertThat(LocalSpark.sourceThreadsAfter(Duration.ofSeconds(5))).isEmpty();
        } finally {
            broker.deleteStream(queue);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "quorum"})
    void availableNowDrainsTheReadyMessagesAcknowledgesThemAndStopsByItself(String queueType, @TempDir Path checkpoint)
            throws Exception {
        Broker broker = brokers.get(queueType);
        String queue = TestQueues.create(broker, queueType + "-drain");
        try {
            List<String> written = TestQueues.write(broker, queue, 23, 250);
            CollectedBatches sink = new CollectedBatches();
            StreamingQuery query = LocalSpark.into(read(queueType, queue, Map.of("maxMessagesPerTrigger", "100")), sink)
                    .option("checkpointLocation", checkpoint.toString()).trigger(Trigger.AvailableNow()).start();

            assertThat(query.awaitTermination(TIMEOUT.toMillis())).as("stopped by itself").isTrue();
            assertThat(query.exception().isEmpty()).isTrue();
            assertThat(CollectedBatches.values(sink.all())).containsExactlyElementsOf(written);
            assertThat(sink.batchSizes()).containsExactly(100, 100, 50);
            assertThat(readyMessages(broker, queue, 0)).as("left in the queue, the last batch included").isZero();
            assertThat(LocalSpark.sourceThreadsAfter(Duration.ofSeconds(5))).isEmpty();
        } finally {
            broker.deleteStream(queue);
        }
    }

    /**
     * The first run fails in its third batch, after the sink saw the rows and before Spark committed them: those
     * messages were never acknowledged, so the restarted query gets them again (at-least-once), and only them again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"classic", "quorum"})
    void messagesOfABatchSparkDidNotCommitAreDeliveredAgainAfterARestart(String queueType, @TempDir Path checkpoint)
            throws Exception {
        Broker broker = brokers.get(queueType);
        String queue = TestQueues.create(broker, queueType + "-redeliver");
        try {
            List<String> written = TestQueues.write(broker, queue, 24, 200);
            CollectedBatches sink = new CollectedBatches().failingOnceAt(2);
            Map<String, String> capped = Map.of("maxMessagesPerTrigger", "30");
            StreamingQuery failed = LocalSpark.into(read(queueType, queue, capped), sink)
                    .option("checkpointLocation", checkpoint.toString()).trigger(Trigger.AvailableNow()).start();
            assertThatThrownBy(() -> failed.awaitTermination(TIMEOUT.toMillis()))
                    .isInstanceOf(StreamingQueryException.class).hasStackTraceContaining("failing batch 2 on purpose");
            List<CollectedBatches.Attempt> firstRun = sink.attempts();
            assertThat(readyMessages(broker, queue, 200 - 60)).as("back in the queue").isEqualTo(200 - 60);

            StreamingQuery restarted = LocalSpark.into(read(queueType, queue, capped), sink)
                    .option("checkpointLocation", checkpoint.toString()).trigger(Trigger.AvailableNow()).start();
            assertThat(restarted.awaitTermination(TIMEOUT.toMillis())).isTrue();

            CollectedBatches.Attempt failedAttempt = firstRun.get(firstRun.size() - 1);
            CollectedBatches.Attempt redelivered = sink.attempts().get(firstRun.size());
            assertThat(failedAttempt.batchId()).isEqualTo(2);
            assertThat(redelivered.batchId()).isEqualTo(2);
            assertThat(redelivered.rows()).isEqualTo(failedAttempt.rows()).hasSize(30);
            assertThat(CollectedBatches.values(sink.lastAttempts())).containsExactlyElementsOf(written);
            assertThat(CollectedBatches.offsets(sink.lastAttempts()))
                    .containsExactlyElementsOf(LongStream.range(0, 200).boxed().toList());
            assertThat(readyMessages(broker, queue, 0)).isZero();
        } finally {
            broker.deleteStream(queue);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "quorum"})
    void aBatchReadIsRefusedWithTheReason(String queueType) {
        Dataset<Row> messages = spark.read().format("rabbitmq").options(options(queueType, "any", Map.of())).load();
        assertThatThrownBy(messages::count).hasStackTraceContaining("cannot be read as a batch")
                .hasStackTraceContaining("Trigger.AvailableNow");
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "quorum"})
    void startingAnywhereButEarliestIsRefusedWhenLoading(String queueType) {
        for (String startAt : List.of("latest", "timestamp:1700000000000")) {
            assertThatThrownBy(() -> read(queueType, "any", Map.of("startAt", startAt)))
                    .hasMessageContaining(queueType + " queue 'any' cannot start at " + startAt)
                    .hasMessageContaining("only startAt=earliest");
        }
    }

    /**
     * The messages ready in the queue, once it holds {@code expected} or a few seconds passed: the broker takes back
     * what a closed channel left unacknowledged right after the close.
     */
    private static long readyMessages(Broker broker, String queue, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long ready = ((RabbitMqBroker) broker).topology().messageCount(queue);
        while (ready != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
            ready = ((RabbitMqBroker) broker).topology().messageCount(queue);
        }
        return ready;
    }

    private Dataset<Row> read(String queueType, String queue, Map<String, String> extra) {
        return spark.readStream().format("rabbitmq").options(options(queueType, queue, extra)).load();
    }

    private static Map<String, String> options(String queueType, String queue, Map<String, String> extra) {
        Map<String, String> options = new HashMap<>(Map.of("uri", TestQueues.URI, "queue", queue, "queueType", queueType));
        options.putAll(extra);
        return options;
    }
}
