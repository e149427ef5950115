package io.streambench.kafka;

import io.streambench.api.broker.EventWriter;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.load.ArrivalDelays;
import io.streambench.api.run.BrokerConnection;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Writes to one topic: events keyed by user (one user's events go to one partition, in order), the value the event's
 * JSON. Sends are asynchronous; {@link #flush} waits for the broker's acknowledgements and fails if any send failed.
 * The topics streambench creates keep the broker's log-append time, so an event's acknowledgement says when the broker
 * took it: {@link #arrivalDelays} measures from its intended send time to then.
 */
final class KafkaEventWriter implements EventWriter {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    static final String ARRIVAL_MEASURED_BY = "Kafka log-append time";

    private final String topic;
    private final KafkaProducer<byte[], byte[]> producer;
    private final SendTracker tracker = new SendTracker();

    KafkaEventWriter(BrokerConnection.Kafka connection, String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(KafkaClientProperties.producer(connection));
    }

    @Override
    public void send(ClickEvent event) {
        send(new ProducerRecord<>(topic, event.user().getBytes(StandardCharsets.UTF_8), ClickEventCodec.encode(event)),
                tracker.forEvent(event.sendTime()));
    }

    @Override
    public void sendRaw(String key, byte[] payload) {
        send(new ProducerRecord<>(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8), payload), tracker);
    }

    @Override
    public int sendWatermarkMarkers(long eventTime) {
        byte[] marker = ClickEventCodec.encode(ClickEvent.watermarkMarker(eventTime, System.currentTimeMillis()));
        List<PartitionInfo> partitions = producer.partitionsFor(topic);
        for (PartitionInfo partition : partitions) {
            send(new ProducerRecord<>(topic, partition.partition(), null, marker), tracker);
        }
        return partitions.size();
    }

    @Override
    public ArrivalDelays arrivalDelays() {
        return new ArrivalDelays(ARRIVAL_MEASURED_BY, tracker.arrivalDelays());
    }

    @Override
    public void flush(Duration timeout) {
        tracker.awaitAcknowledged(timeout, topic);
    }

    /** Waits for what is still unacknowledged and fails if a send failed that no {@link #flush} reported. */
    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
        tracker.requireNoNewFailures(topic);
    }

    /** @param callback the tracker itself, or for an event the callback {@link SendTracker#forEvent} gave */
    private void send(ProducerRecord<byte[], byte[]> record, Callback callback) {
        tracker.sending();
        try {
            producer.send(record, callback);
        } catch (RuntimeException e) {
            tracker.notSent();
            throw e;
        }
    }
}
