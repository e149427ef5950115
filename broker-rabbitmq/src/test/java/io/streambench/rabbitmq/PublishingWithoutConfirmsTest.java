package io.streambench.rabbitmq;

import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.run.QueueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** confirms=false, the comparison mode: faster, but the broker never promises to keep a message. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class PublishingWithoutConfirmsTest {
    private static final int EVENTS = 20_000;

    private RabbitMqBroker broker;

    @BeforeAll
    void openBroker() {
        broker = LocalRabbitMq.open(QueueType.CLASSIC, false);
    }

    @AfterAll
    void closeBroker() {
        broker.close();
    }

    @Test
    void flushIsARoundTripAfterWhichTheQueueFills() throws InterruptedException {
        String stream = LocalRabbitMq.uniqueName("unconfirmed");
        broker.createStream(new StreamSpec(stream, 1));
        try {
            try (EventWriter writer = broker.openWriter(stream)) {
                LocalRabbitMq.events(1, EVENTS).forEach(writer::send);
                writer.flush(LocalRabbitMq.TIMEOUT);
                assertThat(writer.arrivalDelays().measuredBy()).as("without confirms the broker tells nothing")
                        .isEqualTo("not measured");
                assertThat(writer.arrivalDelays().delays().count()).isZero();
            }
            // The channel has routed everything, but the queue takes its messages asynchronously.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (broker.topology().messageCount(stream) < EVENTS && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(broker.topology().messageCount(stream)).isEqualTo(EVENTS);
        } finally {
            broker.deleteStream(stream);
        }
    }

    @Test
    void aPublishToAMissingExchangeStillFailsTheFlush() {
        String missing = LocalRabbitMq.uniqueName("no-such-exchange");
        try (EventWriter writer = broker.openWriter(missing)) {
            writer.sendRaw("k", new byte[]{1});
            assertThatThrownBy(() -> writer.flush(LocalRabbitMq.TIMEOUT)).isInstanceOf(PublishException.class)
                    .hasMessageContaining("no exchange '" + missing + "'");
        }
    }
}
