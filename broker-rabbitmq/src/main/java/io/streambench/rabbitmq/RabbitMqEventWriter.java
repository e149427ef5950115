package io.streambench.rabbitmq;

import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.load.ArrivalDelays;
import io.streambench.api.measure.SignedHistogram;
import io.streambench.api.run.RedactedUri;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Publishes to a stream's topic exchange on a connection of its own: persistent, mandatory (an unroutable message
 * comes back instead of vanishing), routed by {@link RoutingKeys}, each with a unique correlation id, which Flink's
 * RMQSource uses to drop redeliveries for exactly-once. If the broker goes away (a restart), the writer connects again
 * within {@link #RECONNECT_TIMEOUT} and, with publisher confirms, publishes again what was not confirmed: nothing is
 * lost, and what is duplicated keeps its correlation id. A refused publish (e.g. no such exchange) still fails.
 * With confirms, an event's arrival delay runs from its intended send time to the confirm that settled it: an upper
 * bound of when the broker took it, as the confirm still has to come back. An event published again after a reconnect
 * is counted once, when its last publish is confirmed, so its delay includes the reconnect.
 * Not thread-safe: one writer per loading thread.
 */
final class RabbitMqEventWriter implements EventWriter {
    private static final Logger LOG = LoggerFactory.getLogger(RabbitMqEventWriter.class);
    static final Duration RECONNECT_TIMEOUT = Duration.ofMinutes(2);
    private static final long RECONNECT_PAUSE_MILLIS = 500;
    static final String ARRIVAL_MEASURED_BY = "RabbitMQ publisher confirm (includes the way back)";

    private final String uri;
    private final Map<String, String> clientProperties;
    private final String stream;
    private final boolean confirms;
    private final CorrelationIds correlationIds;
    /** Kept across reconnects: each connection's {@link PublisherConfirms} records into it. */
    private final SignedHistogram arrivalDelays = new SignedHistogram();
    private Connection connection;
    private Channel channel;
    private PublishTracker tracker;
    private UnroutableReturns returns;

    private RabbitMqEventWriter(String uri, Map<String, String> clientProperties, String stream, boolean confirms) {
        this.uri = uri;
        this.clientProperties = clientProperties;
        this.stream = stream;
        this.confirms = confirms;
        this.correlationIds = new CorrelationIds(stream);
    }

    static RabbitMqEventWriter open(String uri, Map<String, String> clientProperties, String stream, boolean confirms) {
        RabbitMqEventWriter writer = new RabbitMqEventWriter(uri, clientProperties, stream, confirms);
        writer.connect();
        return writer;
    }

    @Override
    public void send(ClickEvent event) {
        publish(RoutingKeys.of(event), event.user(), ClickEventCodec.encode(event), event.sendTime());
    }

    @Override
    public void sendRaw(String key, byte[] payload) {
        publish(RoutingKeys.ofRaw(key), key, payload, OutgoingMessage.NOT_AN_EVENT);
    }

    /** A queue is one partition: one marker reaches it. */
    @Override
    public int sendWatermarkMarkers(long eventTime) {
        ClickEvent marker = ClickEvent.watermarkMarker(eventTime, System.currentTimeMillis());
        publish(RoutingKeys.of(marker), marker.user(), ClickEventCodec.encode(marker), OutgoingMessage.NOT_AN_EVENT);
        return 1;
    }

    @Override
    public ArrivalDelays arrivalDelays() {
        if (!confirms) {
            return ArrivalDelays.unknown();
        }
        SignedHistogram copy = new SignedHistogram();
        copy.add(arrivalDelays);
        return new ArrivalDelays(ARRIVAL_MEASURED_BY, copy);
    }

    @Override
    public void flush(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                tracker.awaitAll(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                returns.throwIfAny(stream);
                return;
            } catch (PublishException e) {
                if (!tracker.connectionLost() || System.nanoTime() > deadline) {
                    throw e;
                }
                reconnect();
            }
        }
    }

    @Override
    public void close() {
        if (connection.isOpen()) {
            try {
                connection.close();
            } catch (IOException | AlreadyClosedException e) {
                LOG.debug("closing the writer's connection to {} failed", stream, e);
            }
        }
    }

    private void publish(String routingKey, String key, byte[] body, long intendedSendTime) {
        publish(new OutgoingMessage(routingKey, key, correlationIds.next(), System.currentTimeMillis(), body,
                intendedSendTime));
    }

    /**
     * On a lost connection with confirms the message is already among the old channel's unconfirmed ones (it was
     * tracked before the publish failed), so the reconnect publishes it again with them; publishing it once more here
     * would send it twice. Without confirms nothing is tracked, and it is published again here.
     */
    private void publish(OutgoingMessage message) {
        try {
            tracker.beforePublish(message);
            channel.basicPublish(stream, message.routingKey(), true, message.properties(), message.body());
        } catch (AlreadyClosedException e) {
            if (!e.isHardError()) {
                throw new PublishException("cannot publish to exchange '" + stream + "': the broker closed the "
                        + "channel: " + Channels.reason(e), e);
            }
            publishAgainAfterReconnect(message);
        } catch (IOException e) {
            if (e.getCause() instanceof ShutdownSignalException shutdown && !shutdown.isHardError()) {
                throw new PublishException("cannot publish to exchange '" + stream + "': " + Channels.reason(e), e);
            }
            // A connection closed by the broker, or a socket that failed under the write (e.g. "Connection reset by
            // peer" while the server restarts): either way the connection is lost, not the publish refused.
            publishAgainAfterReconnect(message);
        }
    }

    private void publishAgainAfterReconnect(OutgoingMessage message) {
        if (!reconnect().contains(message)) {
            publish(message);
        }
    }

    /** Connects again (bounded) and publishes again, and returns, what the lost connection had not confirmed. */
    private List<OutgoingMessage> reconnect() {
        List<OutgoingMessage> resend = tracker.unconfirmed();
        LOG.warn("lost the connection publishing to '{}'; reconnecting and publishing {} unconfirmed messages again",
                stream, resend.size());
        long deadline = System.nanoTime() + RECONNECT_TIMEOUT.toNanos();
        close();
        while (true) {
            try {
                connect();
                break;
            } catch (BrokerUnreachableException | IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw new PublishException("RabbitMQ at " + RedactedUri.of(uri) + " did not come "
                            + "back within " + RECONNECT_TIMEOUT.toSeconds() + " s: " + e.getMessage(), e);
                }
                pause();
            }
        }
        resend.forEach(this::publish);
        return resend;
    }

    private void connect() {
        Connection opened = AmqpConnections.open(uri, "streambench-writer-" + stream, clientProperties);
        try {
            Channel opening = Channels.open(opened);
            UnroutableReturns unroutable = new UnroutableReturns();
            opening.addReturnListener(unroutable);
            tracker = confirms ? PublisherConfirms.enable(opening, arrivalDelays) : new ChannelRoundTrip(opening, stream);
            connection = opened;
            channel = opening;
            returns = unroutable;
        } catch (IOException e) {
            try {
                opened.close();
            } catch (IOException | AlreadyClosedException closing) {
                e.addSuppressed(closing);
            }
            throw new IllegalStateException("cannot open a writer to '" + stream + "': " + Channels.reason(e), e);
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(RECONNECT_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while reconnecting to RabbitMQ", e);
        }
    }
}
