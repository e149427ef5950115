package io.streambench.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Delivery;
import com.rabbitmq.client.ShutdownSignalException;
import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.QueueType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Consumes a queue with manual acknowledgements on a channel of its own. Deliveries wait in a buffer bounded by the
 * prefetch, and are acknowledged when {@link #poll} hands them out: for classic and quorum queues that consumes them
 * (what was delivered but not yet polled goes back to the queue on close); for stream queues an ack is only the credit
 * for the next deliveries.
 */
final class RabbitMqEventReader implements EventReader {
    /** Stream queues refuse consumers without a prefetch; it also bounds the buffer. */
    static final int PREFETCH = 1_000;

    private final Channel channel;
    private final String queue;
    private final long notBeforeMillis;
    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
    private volatile String endedBecause;

    private RabbitMqEventReader(Channel channel, String queue, long notBeforeMillis) {
        this.channel = channel;
        this.queue = queue;
        this.notBeforeMillis = notBeforeMillis;
    }

    /** @throws UnsupportedOperationException before anything is opened, for a position the queue type cannot honour */
    static RabbitMqEventReader open(Connection connection, String queue, QueueType queueType, StartPosition from) {
        Map<String, Object> arguments = StartPositions.consumerArguments(queueType, from);
        Channel channel = Channels.open(connection);
        RabbitMqEventReader reader = new RabbitMqEventReader(channel, queue, StartPositions.notBeforeMillis(from));
        try {
            channel.basicQos(PREFETCH);
            channel.basicConsume(queue, false, arguments, (tag, delivery) -> reader.deliveries.add(delivery),
                    tag -> reader.endedBecause = "the broker cancelled the consumer (queue deleted?)",
                    (tag, shutdown) -> reader.channelClosed(shutdown));
            return reader;
        } catch (IOException e) {
            if (channel.isOpen()) {
                Channels.close(channel);
            }
            throw new UncheckedIOException("rabbitmq: cannot read queue '" + queue + "' from " + from + ": "
                    + Channels.reason(e), e);
        }
    }

    @Override
    public List<ReadMessage> poll(Duration timeout) {
        List<Delivery> batch = new ArrayList<>();
        try {
            Delivery first = deliveries.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (first != null) {
                batch.add(first);
                deliveries.drainTo(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
        if (batch.isEmpty()) {
            failIfEnded();
            return List.of();
        }
        acknowledgeUpTo(batch.get(batch.size() - 1).getEnvelope().getDeliveryTag());
        List<ReadMessage> read = new ArrayList<>(batch.size());
        for (Delivery delivery : batch) {
            ReadMessage message = MessageFormat.read(delivery);
            if (message.brokerTimestamp() == MessageFormat.UNKNOWN_TIME || message.brokerTimestamp() >= notBeforeMillis) {
                read.add(message);
            }
        }
        return read;
    }

    @Override
    public void close() {
        if (channel.isOpen()) {
            Channels.close(channel);
        }
    }

    private void acknowledgeUpTo(long deliveryTag) {
        try {
            channel.basicAck(deliveryTag, true);
        } catch (IOException e) {
            throw new UncheckedIOException("rabbitmq: cannot acknowledge deliveries from queue '" + queue + "': "
                    + Channels.reason(e), e);
        }
    }

    private void channelClosed(ShutdownSignalException shutdown) {
        if (!shutdown.isInitiatedByApplication()) {
            endedBecause = "the broker closed the channel: " + Channels.reason(shutdown);
        }
    }

    private void failIfEnded() {
        if (endedBecause != null) {
            throw new IllegalStateException("rabbitmq: reading queue '" + queue + "' stopped: " + endedBecause);
        }
    }
}
