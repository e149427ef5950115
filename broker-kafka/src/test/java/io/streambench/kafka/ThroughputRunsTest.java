package io.streambench.kafka;

import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.GeneratorConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two runs {@link LoaderThroughputCheck} compares really send what they report, each in a JVM of its own. How fast
 * they are is for the check itself to say, on a quiet machine: no rate is asserted here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class ThroughputRunsTest {
    private static final long RECORDS = 20_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

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
    void producerPerformanceSendsItsRecordsWithTheWritersSettings() {
        broker.createStream(new StreamSpec("producer-performance", 3));
        Measurement measurement = ProducerPerformanceRun.run("producer-performance", RECORDS, 200,
                KafkaClientProperties.producer(broker.connection()), List.of("-Xmx256m"),
                workDir.resolve("producer-performance.out"), TIMEOUT);
        assertThat(measurement.records()).isEqualTo(RECORDS);
        assertThat(measurement.recordsPerSecond()).isPositive();
        assertThat(totalEndOffset("producer-performance")).isEqualTo(RECORDS);
    }

    @Test
    void theLoaderRunSendsItsEvents() {
        broker.createStream(new StreamSpec("loader", 3));
        Measurement measurement = LoaderRun.run(broker.connection().bootstrapServers(), "loader", RECORDS,
                GeneratorConfig.defaults(7), List.of("-Xmx256m"), workDir.resolve("loader.out"), TIMEOUT);
        assertThat(measurement.records()).isEqualTo(RECORDS);
        assertThat(measurement.recordsPerSecond()).isPositive();
        assertThat(totalEndOffset("loader")).isEqualTo(RECORDS);
    }

    private long totalEndOffset(String topic) {
        return broker.topics().endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }
}
