package io.streambench.spark.rabbitmq;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.testsupport.RabbitMqBrokers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class StreamTailTest {
    private Broker broker;
    private StreamClient client;

    @BeforeAll
    void open() {
        broker = RabbitMqBrokers.open("stream");
        client = StreamClient.open(TestQueues.STREAM_URI);
    }

    @AfterAll
    void close() {
        client.close();
        broker.close();
    }

    @Test
    void anEmptyStreamEndsAtZeroOnceTheQuietBoundPassed() {
        String queue = TestQueues.create(broker, "tail-empty");
        try {
            long started = System.nanoTime();

            assertThat(StreamTail.find(client, queue)).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Waits.QUIET_STREAM,
                    Waits.QUIET_STREAM.plusSeconds(2));
        } finally {
            broker.deleteStream(queue);
        }
    }

    @Test
    void aQuietStreamEndsAfterItsLastMessageWithoutAWait() {
        String queue = TestQueues.create(broker, "tail-quiet");
        try {
            TestQueues.write(broker, queue, 31, 1_500);
            assertThat(StreamTail.find(client, queue)).isEqualTo(1_500);
            // timed once the client's classes are loaded and its connection to the stream's node is known
            long started = System.nanoTime();

            assertThat(StreamTail.find(client, queue)).isEqualTo(1_500);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Waits.QUIET_STREAM);
        } finally {
            broker.deleteStream(queue);
        }
    }

    /** Written to, the stream's end is where its last committed chunk ends when asked, found without a wait. */
    @Test
    void aStreamBeingWrittenEndsWhereTheNextMessageGoes() throws Exception {
        String queue = TestQueues.create(broker, "tail-live");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong confirmed = new AtomicLong();
        List<ClickEvent> events = ClickstreamGenerator.generate(GeneratorConfig.defaults(32), 20_000);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (EventWriter out = broker.openWriter(queue)) {
                for (int i = 0; i < events.size() && writing.get(); i++) {
                    out.send(events.get(i));
                    if (i % 10 == 9) {
                        out.flush(Duration.ofSeconds(30));
                        confirmed.set(i + 1);
                        Thread.sleep(5);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            while (confirmed.get() < 200) {
                Thread.sleep(10);
            }
            long writtenBefore = confirmed.get();
            long started = System.nanoTime();
            long tail = StreamTail.find(client, queue);
            long elapsed = System.nanoTime() - started;
            long writtenAfter = confirmed.get() + 10;

            assertThat(tail).isBetween(writtenBefore, writtenAfter);
            assertThat(Duration.ofNanos(elapsed)).isLessThan(Waits.QUIET_STREAM);
        } finally {
            writing.set(false);
            writer.get(30, TimeUnit.SECONDS);
            broker.deleteStream(queue);
        }
    }
}
