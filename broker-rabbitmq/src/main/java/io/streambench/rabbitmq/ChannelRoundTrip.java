package io.streambench.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ShutdownSignalException;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishing without confirms, for comparison. A flush is one synchronous round trip on the publishing channel (a
 * passive declare of the exchange): the broker handles a channel's commands in order, so when it answers it has read
 * every earlier publish, returned the unroutable ones and would have closed the channel on an error. It has not
 * promised to keep them: that is what confirms add.
 */
final class ChannelRoundTrip implements PublishTracker {
    private final Channel channel;
    private final String exchange;

    ChannelRoundTrip(Channel channel, String exchange) {
        this.channel = channel;
        this.exchange = exchange;
    }

    @Override
    public void beforePublish(OutgoingMessage message) {
        // Nothing to record: without confirms the broker tells nothing per message.
    }

    /** Without confirms nothing is known to be unconfirmed: what was in flight when the broker went away is lost. */
    @Override
    public List<OutgoingMessage> unconfirmed() {
        return List.of();
    }

    @Override
    public boolean connectionLost() {
        ShutdownSignalException closed = channel.getCloseReason();
        return closed != null && closed.isHardError();
    }

    @Override
    public void awaitAll(Duration timeout) {
        AMQP.Exchange.Declare passiveDeclare = new AMQP.Exchange.Declare.Builder().exchange(exchange).passive().build();
        try {
            channel.asyncCompletableRpc(passiveDeclare).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new PublishException("RabbitMQ refused publishes to exchange '" + exchange + "': "
                    + describe(e.getCause()), e.getCause());
        } catch (ShutdownSignalException e) {
            throw new PublishException("RabbitMQ closed the channel publishing to exchange '" + exchange + "': "
                    + Channels.reason(e), e);
        } catch (IOException e) {
            throw new PublishException("cannot reach RabbitMQ to flush exchange '" + exchange + "': "
                    + Channels.reason(e), e);
        } catch (TimeoutException e) {
            throw new PublishException("RabbitMQ did not answer a flush of exchange '" + exchange + "' within "
                    + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while flushing exchange '" + exchange + "'", e);
        }
    }

    private static String describe(Throwable cause) {
        return cause instanceof ShutdownSignalException ? Channels.reason((ShutdownSignalException) cause)
                : String.valueOf(cause);
    }
}
