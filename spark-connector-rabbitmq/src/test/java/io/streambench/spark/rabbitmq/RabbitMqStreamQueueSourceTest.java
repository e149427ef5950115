package io.streambench.spark.rabbitmq;

import io.streambench.api.broker.Broker;
import io.streambench.testsupport.RabbitMqBrokers;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class RabbitMqStreamQueueSourceTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private SparkSession spark;
    private Broker broker;
    private final List<String> queues = new ArrayList<>();

    @BeforeAll
    void start() {
        broker = RabbitMqBrokers.open("stream");
        spark = LocalSpark.start(getClass().getSimpleName());
    }

    @AfterEach
    void deleteQueues() {
        queues.forEach(broker::deleteStream);
        queues.clear();
    }

    @AfterAll
    void stop() {
        spark.stop();
        broker.close();
    }

    @Test
    void microBatchesHoldEveryMessageOnceInOffsetOrderAndNoMoreThanTheCap(@TempDir Path checkpoint) throws Exception {
        String queue = newQueue("order");
        List<String> written = new ArrayList<>(TestQueues.write(broker, queue, 1, 300));
        Instant before = Instant.now().minusSeconds(2);
        CollectedBatches sink = new CollectedBatches();
        StreamingQuery query = LocalSpark.into(read(queue, Map.of("maxMessagesPerTrigger", "70")), sink)
                .option("checkpointLocation", checkpoint.toString()).start();
        try {
            assertThat(sink.awaitRows(100, TIMEOUT)).isTrue();
            written.addAll(TestQueues.write(broker, queue, 2, 200));
            assertThat(sink.awaitRows(500, TIMEOUT)).as("rows read").isTrue();
        } finally {
            query.stop();
        }

        List<CollectedBatches.Received> rows = sink.all();
        assertThat(CollectedBatches.values(rows)).containsExactlyElementsOf(written);
        assertThat(CollectedBatches.offsets(rows)).containsExactlyElementsOf(LongStream.range(0, 500).boxed().toList());
        assertThat(sink.batchSizes()).hasSizeGreaterThanOrEqualTo(8).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(70));
        assertThat(rows).allSatisfy(row -> assertThat(row.timestamp().toInstant()).isBetween(before, Instant.now()));
        assertThat(LocalSpark.sourceThreadsAfter(Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void availableNowDrainsWhatTheStreamHeldAndStopsByItself(@TempDir Path checkpoint) throws Exception {
        String queue = newQueue("drain");
        List<String> written = TestQueues.write(broker, queue, 3, 250);
        CollectedBatches sink = new CollectedBatches();
        StreamingQuery query = LocalSpark.into(read(queue, Map.of("maxMessagesPerTrigger", "100")), sink)
                .option("checkpointLocation", checkpoint.toString()).trigger(Trigger.AvailableNow()).start();

        assertThat(query.awaitTermination(TIMEOUT.toMillis())).as("stopped by itself").isTrue();
        assertThat(query.exception().isEmpty()).isTrue();
        assertThat(CollectedBatches.values(sink.all())).containsExactlyElementsOf(written);
        assertThat(sink.batchSizes()).containsExactly(100, 100, 50);
        assertThat(LocalSpark.sourceThreadsAfter(Duration.ofSeconds(5))).isEmpty();
    }

    /** Draining a stream that is being written to stops at its end when the query started, read without a gap. */
    @Test
    void availableNowOnAStreamBeingWrittenStopsByItselfAfterAnUnbrokenPrefix(@TempDir Path checkpoint) throws Exception {
        String queue = newQueue("drain-live");
        List<String> written = new ArrayList<>(TestQueues.write(broker, queue, 11, 200));
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int seed = 12; writing.get(); seed++) {
                written.addAll(TestQueues.write(broker, queue, seed, 20));
            }
        });
        CollectedBatches sink = new CollectedBatches();
        try {
            StreamingQuery query = LocalSpark.into(read(queue, Map.of("maxMessagesPerTrigger", "100")), sink)
                    .option("checkpointLocation", checkpoint.toString()).trigger(Trigger.AvailableNow()).start();
            assertThat(query.awaitTermination(TIMEOUT.toMillis())).as("stopped by itself").isTrue();
            assertThat(query.exception().isEmpty()).isTrue();
        } finally {
            writing.set(false);
            writer.get(30, TimeUnit.SECONDS);
        }

        List<CollectedBatches.Received> rows = sink.all();
        assertThat(rows.size()).isGreaterThanOrEqualTo(200).isLessThan(written.size());
        assertThat(CollectedBatches.values(rows)).containsExactlyElementsOf(written.subList(0, rows.size()));
        assertThat(CollectedBatches.offsets(rows))
                .containsExactlyElementsOf(LongStream.range(0, rows.size()).boxed().toList());
    }

    /**
     * The first run fails in its third batch, after the sink saw its rows and before Spark committed it; the restarted
     * query replays that batch (read again from the stream: the new driver never buffered it) and goes on.
     */
    @Test
    void aRestartedQueryReplaysTheUncommittedBatchExactlyAndResumesWithoutLossOrDuplicates(@TempDir Path checkpoint)
            throws Exception {
        String queue = newQueue("restart");
        List<String> written = new ArrayList<>(TestQueues.write(broker, queue, 4, 200));
        CollectedBatches sink = new CollectedBatches().failingOnceAt(2);
        Map<String, String> capped = Map.of("maxMessagesPerTrigger", "30");
        StreamingQuery failed = LocalSpark.into(read(queue, capped), sink)
                .option("checkpointLocation", checkpoint.toString()).trigger(Trigger.AvailableNow()).start();
        assertThatThrownBy(() -> failed.awaitTermination(TIMEOUT.toMillis()))
                .isInstanceOf(StreamingQueryException.class).hasStackTraceContaining("failing batch 2 on purpose");
        List<CollectedBatches.Attempt> firstRun = sink.attempts();
        written.addAll(TestQueues.write(broker, queue, 5, 100));

        StreamingQuery restarted = LocalSpark.into(read(queue, capped), sink)
                .option("checkpointLocation", checkpoint.toString()).trigger(Trigger.AvailableNow()).start();
        assertThat(restarted.awaitTermination(TIMEOUT.toMillis())).isTrue();

        CollectedBatches.Attempt failedAttempt = firstRun.get(firstRun.size() - 1);
        assertThat(failedAttempt.batchId()).isEqualTo(2);
        assertThat(failedAttempt.rows()).hasSize(30);
        CollectedBatches.Attempt replayed = sink.attempts().get(firstRun.size());
        assertThat(replayed.batchId()).isEqualTo(2);
        assertThat(replayed.rows()).isEqualTo(failedAttempt.rows());
        assertThat(CollectedBatches.values(sink.lastAttempts())).containsExactlyElementsOf(written);
        assertThat(CollectedBatches.offsets(sink.lastAttempts()))
                .containsExactlyElementsOf(LongStream.range(0, 300).boxed().toList());
    }

    @Test
    void startingAtLatestReadsOnlyWhatIsWrittenAfterTheQueryStarted(@TempDir Path checkpoint) throws Exception {
        String queue = newQueue("latest");
        TestQueues.write(broker, queue, 6, 40);
        CollectedBatches sink = new CollectedBatches();
        StreamingQuery query = LocalSpark.into(read(queue, Map.of("startAt", "latest")), sink)
                .option("checkpointLocation", checkpoint.toString()).start();
        try {
            awaitFirstTrigger(query);
            List<String> written = TestQueues.write(broker, queue, 7, 60);
            assertThat(sink.awaitRows(60, TIMEOUT)).isTrue();
            Thread.sleep(300);
            assertThat(CollectedBatches.values(sink.all())).containsExactlyElementsOf(written);
            assertThat(CollectedBatches.offsets(sink.all())).startsWith(40L, 41L);
        } finally {
            query.stop();
        }
    }

    @Test
    void aBatchReadHoldsWhatTheStreamHeldFromTheStartTimestamp() throws Exception {
        String queue = newQueue("batch");
        TestQueues.write(broker, queue, 8, 50);
        Thread.sleep(1_100);
        long start = System.currentTimeMillis();
        Thread.sleep(1_100);
        List<String> written = TestQueues.write(broker, queue, 9, 120);

        Dataset<Row> all = spark.read().format("rabbitmq").options(options(queue, Map.of())).load();
        Dataset<Row> fromStart = spark.read().format("rabbitmq")
                .options(options(queue, Map.of("startAt", "timestamp:" + start))).load();

        List<Row> rows = fromStart.collectAsList();
        assertThat(rows.stream().map(row -> TestQueues.base64(row.getAs("value")))).containsExactlyElementsOf(written);
        assertThat(rows.stream().map(row -> row.<Long>getAs("offset")))
                .containsExactlyElementsOf(LongStream.range(50, 170).boxed().toList());
        assertThat(all.count()).isEqualTo(170);
        assertThat(LocalSpark.sourceThreadsAfter(Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void aClassicQueueNamedAsAStreamQueueFailsTheQueryWithTheReason(@TempDir Path checkpoint) throws Exception {
        try (Broker classic = RabbitMqBrokers.open("classic")) {
            String queue = TestQueues.create(classic, "not-a-stream");
            try {
                TestQueues.write(classic, queue, 10, 5);
                StreamingQuery query = LocalSpark.into(read(queue, Map.of()), new CollectedBatches())
                        .option("checkpointLocation", checkpoint.toString()).start();
                assertThatThrownBy(() -> query.awaitTermination(TIMEOUT.toMillis()))
                        .isInstanceOf(StreamingQueryException.class)
                        .hasStackTraceContaining("'" + queue + "'")
                        .hasStackTraceContaining("not a stream queue");
            } finally {
                classic.deleteStream(queue);
            }
        }
    }

    private String newQueue(String prefix) {
        String queue = TestQueues.create(broker, prefix);
        queues.add(queue);
        return queue;
    }

    private Dataset<Row> read(String queue, Map<String, String> extra) {
        return spark.readStream().format("io.streambench.spark.rabbitmq.RabbitMqSourceProvider")
                .options(options(queue, extra)).load();
    }

    private static Map<String, String> options(String queue, Map<String, String> extra) {
        Map<String, String> options = new HashMap<>(Map.of("uri", TestQueues.URI, "queue", queue, "queueType", "stream"));
        options.putAll(extra);
        return options;
    }

    private static void awaitFirstTrigger(StreamingQuery query) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (query.lastProgress() == null) {
            assertThat(System.nanoTime()).as("first trigger done in time").isLessThan(deadline);
            assertThat(query.exception().isEmpty()).isTrue();
            Thread.sleep(50);
        }
    }
}
