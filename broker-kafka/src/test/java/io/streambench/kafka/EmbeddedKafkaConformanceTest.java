package io.streambench.kafka;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;
import io.streambench.api.conformance.BrokerConformanceSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

/** The broker conformance suite on a real Kafka broker in its own JVM, opened as the bench opens it. */
class EmbeddedKafkaConformanceTest extends BrokerConformanceSuite {
    @TempDir
    static Path workDir;

    private Broker broker;

    @BeforeAll
    void startBroker() {
        broker = BrokerProvider.named("kafka").open(workDir, Map.of("deployment", "embedded"));
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
