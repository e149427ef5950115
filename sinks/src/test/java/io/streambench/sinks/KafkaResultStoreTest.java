package io.streambench.sinks;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.ResultStore;
import io.streambench.api.result.WindowResult;
import io.streambench.kafka.EmbeddedKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.streambench.api.run.DeliveryGuarantee.AT_LEAST_ONCE;
import static io.streambench.api.run.DeliveryGuarantee.EXACTLY_ONCE;
import static org.assertj.core.api.Assertions.assertThat;

/** Against the project's own Kafka broker, in a JVM of its own on this machine (so on this machine's clock). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class KafkaResultStoreTest {
    private static final WindowResult RESULT = new WindowResult("page-1", 0, 10_000, 3, 900);
    private static final long HELD_OPEN_MILLIS = 1_000;
    /** For the broker's clock, read by another process. */
    private static final long CLOCK_TOLERANCE_MILLIS = 50;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private EmbeddedKafka kafka;

    @BeforeAll
    void startBroker() {
        kafka = EmbeddedKafka.start(Path.of("target", "kafka", "result-store-test"));
    }

    @AfterAll
    void stopBroker() {
        kafka.close();
    }

    @Test
    void exactlyOnceStampsATransactionalResultWithItsCommitAndAtLeastOnceWithItsAppend() throws Exception {
        String run = "transactional";
        KafkaResultStore deleting = new KafkaResultStore(kafka.bootstrapServers(), Map.of(), 1);
        KafkaResultStore keeping = new KafkaResultStore(kafka.bootstrapServers(), Map.of(), 1, false);
        String topic = ((Sink.Kafka) deleting.sinkFor(run)).topic();
        try (ResultStore.View exactlyOnce = deleting.open(run, "p", EXACTLY_ONCE);
             ResultStore.View atLeastOnce = keeping.open(run, "p", AT_LEAST_ONCE);
             KafkaProducer<byte[], byte[]> producer = transactionalProducer()) {
            producer.initTransactions();
            producer.beginTransaction();
            long sentAt = System.currentTimeMillis();
            producer.send(new ProducerRecord<>(topic, RESULT.key().getBytes(StandardCharsets.UTF_8),
                    ResultCodec.encode(RESULT, sentAt))).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            long appendedBy = System.currentTimeMillis();
            Thread.sleep(HELD_OPEN_MILLIS);
            assertThat(exactlyOnce.results()).as("appended, not committed").isEmpty();
            long committedFrom = System.currentTimeMillis();
            producer.commitTransaction();

            ObservedResult committed = only(ViewChecks.awaitResults(exactlyOnce, TIMEOUT));
            ObservedResult appended = only(ViewChecks.awaitResults(atLeastOnce, TIMEOUT));
            assertThat(committed.result()).isEqualTo(RESULT);
            assertThat(appended.result()).isEqualTo(RESULT);
            // Both are this process's clock: the record cannot have been read before its commit began.
            assertThat(committed.visibleTime()).isGreaterThanOrEqualTo(committedFrom);
            assertThat(appended.visibleTime())
                    .isBetween(sentAt - CLOCK_TOLERANCE_MILLIS, appendedBy + CLOCK_TOLERANCE_MILLIS);
        }
        assertThat(ViewChecks.liveThreadsNamed("result-topic-" + topic)).isEmpty();
    }

    private KafkaProducer<byte[], byte[]> transactionalProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "result-store-test",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private static ObservedResult only(List<ObservedResult> results) {
        assertThat(results).hasSize(1);
        return results.get(0);
    }
}
