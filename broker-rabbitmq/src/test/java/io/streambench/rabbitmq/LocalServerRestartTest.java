package io.streambench.rabbitmq;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;
import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.pipeline.StartPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restarts the local server (rabbitmqctl stop_app / start_app) while a writer publishes with confirms: the writer
 * reconnects (an AMQP one) or recovers (a stream-protocol one) and publishes again what was not confirmed, so every
 * event arrives; some may arrive twice. The writer goes on until a fixed number of events follow the restart, so the
 * restart always falls in the middle of the writing, however fast the writer is.
 */
@Tag("integration")
class LocalServerRestartTest {
    private static final int EVENTS_AFTER_RESTART = 10_000;

    @ParameterizedTest
    @ValueSource(strings = {"quorum", "stream"})
    void aWriterRidesThroughARestartOfTheLocalServerWithoutLosingAnEvent(String queueType) throws Exception {
        Assumptions.assumeTrue(rabbitmqctlRuns(), "rabbitmqctl is not on the PATH or may not be run by this user");
        Broker broker = BrokerProvider.named("rabbitmq").open(Path.of("target"), Map.of("queueType", queueType));
        String stream = "restart-" + Long.toString(System.nanoTime(), 36);
        AtomicBoolean restarted = new AtomicBoolean();
        try {
            broker.createStream(new StreamSpec(stream, 1));
            long sentBeforeRestart;
            int sent;
            try (EventWriter writer = broker.openWriter(stream)) {
                AtomicLong sentSoFar = new AtomicLong();
                CompletableFuture<Integer> writing = CompletableFuture.supplyAsync(() -> {
                    ClickstreamGenerator events = new ClickstreamGenerator(GeneratorConfig.defaults(8));
                    int count = 0;
                    int afterRestart = 0;
                    while (afterRestart < EVENTS_AFTER_RESTART) {
                        writer.send(events.next());
                        sentSoFar.set(++count);
                        if (restarted.get()) {
                            afterRestart++;
                        }
                    }
                    writer.flush(Duration.ofMinutes(3));
                    return count;
                });
                TimeUnit.MILLISECONDS.sleep(300);
                broker.restart();
                restarted.set(true);
                sentBeforeRestart = sentSoFar.get();
                sent = writing.get(4, TimeUnit.MINUTES);
            }
            List<ReadMessage> read = new ArrayList<>();
            try (EventReader reader = broker.openReader(stream, StartPosition.earliest())) {
                long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                while (distinct(read) < sent && System.nanoTime() < deadline) {
                    read.addAll(reader.poll(Duration.ofMillis(500)));
                }
                read.addAll(reader.poll(Duration.ofSeconds(1)));
            }
            assertThat(sentBeforeRestart).as("events sent before the restart returned").isPositive();
            assertThat(distinct(read)).as("every event arrived").isEqualTo(sent);
            System.out.printf("restart, %s queue: %d events sent (%d before the restart returned), %d messages read"
                    + " (%d duplicates from republishing)%n", queueType, sent, sentBeforeRestart, read.size(),
                    read.size() - sent);
        } finally {
            restarted.set(true);
            broker.deleteStream(stream);
            broker.close();
        }
    }

    private static boolean rabbitmqctlRuns() {
        try {
            Process status = new ProcessBuilder("rabbitmqctl", "status").redirectErrorStream(true).start();
            status.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return status.waitFor(60, TimeUnit.SECONDS) && status.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int distinct(List<ReadMessage> read) {
        Set<Long> sequences = new HashSet<>();
        read.forEach(message -> sequences.add(message.decode().sequence()));
        return sequences.size();
    }
}
