package io.streambench.rabbitmq;

import com.rabbitmq.stream.Environment;
import com.rabbitmq.stream.Producer;
import com.rabbitmq.stream.StreamException;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.load.ArrivalDelays;
import io.streambench.api.measure.SignedHistogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes a stream queue over the stream protocol with one stream-client producer: straight to the queue (no exchange,
 * so no routing key), each message carrying what {@link MessageFormat} says, and counted as sent only once the broker
 * confirms it. If the broker goes away, the producer recovers by itself and sends again what was not confirmed; what
 * it refuses while it recovers is sent again here, within {@link RabbitMqEventWriter#RECONNECT_TIMEOUT}. An event's
 * arrival delay runs from its intended send time to its confirm. Not thread-safe: one writer per loading thread.
 */
final class StreamQueueWriter implements EventWriter {
    private static final Logger LOG = LoggerFactory.getLogger(StreamQueueWriter.class);
    static final String ARRIVAL_MEASURED_BY = "RabbitMQ stream publish confirm (includes the way back)";
    /**
     * The client's default, set to say it is meant: enough for the broker to confirm batches while more are sent, and
     * at the 50-100k events/s measured a tenth to a fifth of a second of events, so a stalled broker stops the loader
     * soon.
     */
    private static final int MAX_UNCONFIRMED = 10_000;
    /**
     * Dynamic batching (the client's default) sends what has accumulated as soon as the connection is free, so a
     * lightly loaded writer sends at once and a busy one full batches; batchPublishingDelay applies only without it.
     * The client's default batch of 100 is kept: 500 did not load faster (200k events into a stream queue on a busy
     * 2-core machine, medians of 3 rounds, 100: 69k, 500: 58k events/s, within the noise). Sub-entry batching stays
     * off (the client's default): nothing here measured it helping.
     */
    private static final int BATCH_SIZE = 100;
    private static final long RETRY_PAUSE_MILLIS = 500;

    private final String stream;
    private final Producer producer;
    private final CorrelationIds correlationIds;
    private final SignedHistogram arrivalDelays = new SignedHistogram();
    private final StreamConfirms confirms = new StreamConfirms(arrivalDelays);

    private StreamQueueWriter(String stream, Producer producer) {
        this.stream = stream;
        this.producer = producer;
        this.correlationIds = new CorrelationIds(stream);
    }

    static StreamQueueWriter open(Environment environment, String stream) {
        try {
            Producer producer = environment.producerBuilder().stream(stream)
                    .maxUnconfirmedMessages(MAX_UNCONFIRMED)
                    .dynamicBatch(true)
                    .batchSize(BATCH_SIZE)
                    .subEntrySize(1)
                    // A restart of the broker must not fail what waits for a confirm, nor a send blocked on the
                    // bound, before the writer has had the time an AMQP writer has to reconnect.
                    .confirmTimeout(RabbitMqEventWriter.RECONNECT_TIMEOUT)
                    .enqueueTimeout(RabbitMqEventWriter.RECONNECT_TIMEOUT)
                    .build();
            return new StreamQueueWriter(stream, producer);
        } catch (StreamException e) {
            throw new IllegalStateException("cannot open a stream-protocol producer to stream queue '" + stream + "': "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void send(ClickEvent event) {
        publish(event.user(), ClickEventCodec.encode(event), event.sendTime());
    }

    @Override
    public void sendRaw(String key, byte[] payload) {
        publish(key, payload, OutgoingMessage.NOT_AN_EVENT);
    }

    /** A queue is one partition: one marker reaches it. */
    @Override
    public int sendWatermarkMarkers(long eventTime) {
        ClickEvent marker = ClickEvent.watermarkMarker(eventTime, System.currentTimeMillis());
        publish(marker.user(), ClickEventCodec.encode(marker), OutgoingMessage.NOT_AN_EVENT);
        return 1;
    }

    @Override
    public ArrivalDelays arrivalDelays() {
        SignedHistogram copy = new SignedHistogram();
        copy.add(arrivalDelays);
        return new ArrivalDelays(ARRIVAL_MEASURED_BY, copy);
    }

    @Override
    public void flush(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            sendAgainWhatWasRefused();
            confirms.awaitAll(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        } while (sendAgainWhatWasRefused());
    }

    @Override
    public void close() {
        producer.close();
    }

    private void publish(String key, byte[] body, long intendedSendTime) {
        sendAgainWhatWasRefused();
        send(new OutgoingMessage(null, key, correlationIds.next(), System.currentTimeMillis(), body,
                intendedSendTime));
    }

    private void send(OutgoingMessage message) {
        producer.send(MessageFormat.streamMessage(producer.messageBuilder(), message), confirms.track(message));
    }

    /**
     * Sends again, until the recovered producer takes them, what it refused while recovering; returns whether there
     * was any.
     *
     * @throws PublishException if it does not take them within {@link RabbitMqEventWriter#RECONNECT_TIMEOUT}
     */
    private boolean sendAgainWhatWasRefused() {
        List<OutgoingMessage> refused = confirms.takeRefusedWhileRecovering();
        if (refused.isEmpty()) {
            return false;
        }
        LOG.warn("the producer to stream queue '{}' is recovering; sending {} messages again", stream, refused.size());
        long deadline = System.nanoTime() + RabbitMqEventWriter.RECONNECT_TIMEOUT.toNanos();
        while (!refused.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new PublishException("the producer to stream queue '" + stream + "' did not recover within "
                        + RabbitMqEventWriter.RECONNECT_TIMEOUT.toSeconds() + " s; " + refused.size()
                        + " messages unsent, the first " + refused.get(0).correlationId());
            }
            pause();
            refused.forEach(this::send);
            refused = confirms.takeRefusedWhileRecovering();
        }
        return true;
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while the stream producer recovers", e);
        }
    }
}
