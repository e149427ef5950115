package io.streambench.kafka;

import io.streambench.api.measure.ClockOffset;
import io.streambench.api.run.BrokerConnection;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads how far a Kafka broker's clock, which stamps log-append times, is ahead of this process's: a record produced to
 * a log-append-time topic is acknowledged with the time the broker appended it, which lies between our send and the
 * acknowledgement. Of a few such exchanges the one with the shortest round trip is the most certain.
 */
final class BrokerClock {
    /** A topic of streambench's own, created on first use: one partition, log-append time, a few tiny records a run. */
    static final String TOPIC = "streambench-clock";
    static final String CLOCK = "kafka broker";

    private static final int EXCHANGES = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] PROBE = "clock probe".getBytes(StandardCharsets.UTF_8);

    private BrokerClock() {
    }

    /**
     * @throws IllegalStateException naming the broker and what failed, if the topic cannot be created or a probe is not
     *                               acknowledged within {@link #TIMEOUT}
     */
    static ClockOffset read(BrokerConnection.Kafka connection, KafkaTopicAdmin topics) {
        topics.ensureLogAppendTimeTopic(TOPIC);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(KafkaClientProperties.clockProbe(connection, TIMEOUT))) {
            exchange(producer, connection); // the first also fetches the topic's metadata: not a fair round trip
            ClockOffset best = null;
            for (int i = 0; i < EXCHANGES; i++) {
                ClockOffset offset = exchange(producer, connection);
                if (best == null || offset.roundTripMillis() < best.roundTripMillis()) {
                    best = offset;
                }
            }
            return best;
        } catch (KafkaException e) {
            throw failed(connection, e.getMessage(), e);
        }
    }

    private static ClockOffset exchange(KafkaProducer<byte[], byte[]> producer, BrokerConnection.Kafka connection) {
        try {
            long sentAt = System.currentTimeMillis();
            RecordMetadata appended = producer.send(new ProducerRecord<>(TOPIC, PROBE))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            long acknowledgedAt = System.currentTimeMillis();
            if (!appended.hasTimestamp()) {
                throw failed(connection, "the broker acknowledged a probe without a timestamp", null);
            }
            return ClockOffset.of(CLOCK, sentAt, appended.timestamp(), acknowledgedAt);
        } catch (ExecutionException e) {
            throw failed(connection, "a probe to topic '" + TOPIC + "' failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw failed(connection, "a probe to topic '" + TOPIC + "' was not acknowledged within "
                    + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(connection, "interrupted", e);
        }
    }

    private static IllegalStateException failed(BrokerConnection.Kafka connection, String why, Throwable cause) {
        return new IllegalStateException("kafka: cannot read the clock of the broker at " + connection.bootstrapServers()
                + ": " + why, cause);
    }
}
