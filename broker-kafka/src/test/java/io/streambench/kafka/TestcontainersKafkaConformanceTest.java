package io.streambench.kafka;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;
import io.streambench.api.conformance.BrokerConformanceSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.nio.file.Path;
import java.util.Map;

/**
 * The broker conformance suite on Kafka in a Docker container; skipped where there is no Docker engine.
 * Its twin on the embedded broker is {@link EmbeddedKafkaConformanceTest}.
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersKafkaConformanceTest extends BrokerConformanceSuite {
    @TempDir
    static Path workDir;

    private Broker broker;

    @BeforeAll
    void startBroker() {
        broker = BrokerProvider.named("kafka").open(workDir, Map.of("deployment", "testcontainers"));
    }

    @AfterAll
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Override
    protected Broker broker() {
        return broker;
    }
}
