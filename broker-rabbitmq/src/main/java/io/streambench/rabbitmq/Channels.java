package io.streambench.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Method;
import com.rabbitmq.client.ShutdownSignalException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeoutException;

/** Opening and closing channels, and saying why the broker closed one. */
final class Channels {
    private Channels() {
    }

    static Channel open(Connection connection) {
        try {
            Channel channel = connection.createChannel();
            if (channel == null) {
                throw new IllegalStateException("no free channel on the connection to RabbitMQ (channel_max "
                        + connection.getChannelMax() + " reached)");
            }
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a channel to RabbitMQ: " + e.getMessage(), e);
        }
    }

    /** Closes a channel that may already have been closed by the broker. */
    static void close(Channel channel) {
        try {
            channel.close();
        } catch (AlreadyClosedException alreadyClosed) {
            // Closed by the broker before: the reason was reported where it happened.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a channel to RabbitMQ: " + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("RabbitMQ did not confirm closing a channel in time", e);
        }
    }

    /** The broker's reply text (e.g. {@code NOT_FOUND - no exchange 'x' in vhost '/'}), or the client's reason. */
    static String reason(ShutdownSignalException shutdown) {
        Method method = shutdown.getReason();
        if (method instanceof AMQP.Channel.Close) {
            return ((AMQP.Channel.Close) method).getReplyText();
        }
        if (method instanceof AMQP.Connection.Close) {
            return "connection closed: " + ((AMQP.Connection.Close) method).getReplyText();
        }
        return shutdown.getMessage();
    }

    /** The reason a failed channel operation gives, looking through the wrapping IOException. */
    static String reason(IOException error) {
        return error.getCause() instanceof ShutdownSignalException
                ? reason((ShutdownSignalException) error.getCause()) : error.getMessage();
    }
}
