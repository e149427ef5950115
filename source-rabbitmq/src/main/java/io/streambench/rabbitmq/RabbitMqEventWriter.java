package io.streambench.rabbitmq;

import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Publishes to a stream's topic exchange on a channel of its own: persistent, mandatory (an unroutable message comes
 * back instead of vanishing), routed by {@link RoutingKeys}, each with a unique correlation id, which Flink's
 * RMQSource uses to drop redeliveries for exactly-once. Not thread-safe: one writer per loading thread.
 */
final class RabbitMqEventWriter implements EventWriter {
    private final Channel channel;
    private final String stream;
    private final PublishTracker tracker;
    private final UnroutableReturns returns;
    /** Several writers may write one stream, one after another or at once: the prefix keeps their ids apart. */
    private final String correlationPrefix;
    private long published;

    private RabbitMqEventWriter(Channel channel, String stream, PublishTracker tracker, UnroutableReturns returns) {
        this.channel = channel;
        this.stream = stream;
        this.tracker = tracker;
        this.returns = returns;
        this.correlationPrefix = stream + "-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + "-";
    }

    static RabbitMqEventWriter open(Connection connection, String stream, boolean confirms) {
        Channel channel = Channels.open(connection);
        try {
            UnroutableReturns returns = new UnroutableReturns();
            channel.addReturnListener(returns);
            PublishTracker tracker = confirms ? PublisherConfirms.enable(channel) : new ChannelRoundTrip(channel, stream);
            return new RabbitMqEventWriter(channel, stream, tracker, returns);
        } catch (IOException e) {
            Channels.close(channel);
            throw new UncheckedIOException("cannot open a writer to '" + stream + "': " + Channels.reason(e), e);
        }
    }

    @Override
    public void send(ClickEvent event) {
        publish(RoutingKeys.of(event), event.user(), ClickEventCodec.encode(event));
    }

    @Override
    public void sendRaw(String key, byte[] payload) {
        publish(RoutingKeys.ofRaw(key), key, payload);
    }

    /** A queue is one partition: one marker reaches it. */
    @Override
    public void sendWatermarkMarkers(long eventTime) {
        ClickEvent marker = ClickEvent.watermarkMarker(eventTime, System.currentTimeMillis());
        publish(RoutingKeys.of(marker), marker.user(), ClickEventCodec.encode(marker));
    }

    @Override
    public void flush(Duration timeout) {
        tracker.awaitAll(timeout);
        returns.throwIfAny(stream);
    }

    @Override
    public void close() {
        if (channel.isOpen()) {
            Channels.close(channel);
        }
    }

    private void publish(String routingKey, String key, byte[] body) {
        String correlationId = correlationPrefix + ++published;
        try {
            tracker.beforePublish(correlationId);
            channel.basicPublish(stream, routingKey, true,
                    MessageFormat.properties(correlationId, key, System.currentTimeMillis()), body);
        } catch (AlreadyClosedException e) {
            throw new PublishException("cannot publish to exchange '" + stream + "': the broker closed the channel: "
                    + Channels.reason(e), e);
        } catch (IOException e) {
            throw new PublishException("cannot publish to exchange '" + stream + "': " + Channels.reason(e), e);
        }
    }
}
