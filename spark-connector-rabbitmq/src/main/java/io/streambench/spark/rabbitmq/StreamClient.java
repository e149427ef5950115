package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.stream.Address;
import com.rabbitmq.stream.Environment;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.RedactedUri;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection to RabbitMQ's stream protocol (the {@code rabbitmq_stream} plugin): a stream-client
 * {@link Environment} with threads of its own, named with {@link QueueConnections#THREAD_PREFIX} so that a leak would
 * be visible, and all stopped by {@link #close()}.
 */
final class StreamClient implements AutoCloseable {
    private static final Duration RPC_TIMEOUT = Duration.ofSeconds(10);
    private static final long SHUTDOWN_SECONDS = 10;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final String uri;
    private final EventLoopGroup eventLoop;
    private final ScheduledExecutorService scheduler;
    private final Environment environment;

    private StreamClient(String uri, EventLoopGroup eventLoop, ScheduledExecutorService scheduler,
                         Environment environment) {
        this.uri = uri;
        this.eventLoop = eventLoop;
        this.scheduler = scheduler;
        this.environment = environment;
    }

    /**
     * @param uri {@code rabbitmq-stream://user:password@host:port/vhost}
     * @throws IllegalStateException naming the address (never the password) and the plugin, if nothing answers
     */
    static StreamClient open(String uri) {
        Address node = node(uri);
        // One thread each is plenty for the one or two connections of a source, a probe or a task.
        EventLoopGroup eventLoop = new MultiThreadIoEventLoopGroup(1, threads("io"), NioIoHandler.newFactory());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(threads("scheduler"));
        try {
            Environment environment = Environment.builder()
                    .uri(uri)
                    // The broker advertises its node's host name, which need not resolve here (a VM's or a
                    // container's name); the source talks to the one node its URI names.
                    .addressResolver(address -> node)
                    .rpcTimeout(RPC_TIMEOUT)
                    .scheduledExecutorService(scheduler)
                    .netty().eventLoopGroup(eventLoop).environmentBuilder()
                    .build();
            return new StreamClient(uri, eventLoop, scheduler, environment);
        } catch (RuntimeException e) {
            stop(eventLoop, scheduler);
            throw new IllegalStateException("cannot reach RabbitMQ's stream protocol at " + RedactedUri.of(uri) + ": "
                    + QueueConnections.rootMessage(e).replace(uri, RedactedUri.of(uri))
                    + "; enable it with `rabbitmq-plugins enable rabbitmq_stream`", e);
        }
    }

    private static Address node(String uri) {
        try {
            URI parsed = new URI(uri);
            if (parsed.getHost() == null) {
                throw new URISyntaxException(uri, "no host");
            }
            return new Address(parsed.getHost(),
                    parsed.getPort() < 0 ? BrokerConnection.RabbitMq.DEFAULT_STREAM_PORT : parsed.getPort());
        } catch (URISyntaxException e) {
            // Not chained: its message repeats the URI, password included.
            throw new IllegalArgumentException("invalid rabbitmq option streamUri '" + RedactedUri.of(uri) + "': "
                    + e.getReason() + " (expected rabbitmq-stream://user:password@host:port/vhost)");
        }
    }

    /**
     * The driver's connection to the stream queue a source reads. The queue is looked up over AMQP 0-9-1 first, so
     * that a missing queue or an unreachable broker is reported as for every queue type.
     */
    static StreamClient openToQueue(SourceOptions options, String purpose) {
        Connection amqp = QueueConnections.openToQueue(options.uri(), options.clientProperties(), options.queue(),
                purpose);
        QueueConnections.close(amqp);
        StreamClient client = open(options.streamUri());
        try {
            if (!client.environment.streamExists(options.queue())) {
                throw new IllegalStateException("rabbitmq queue '" + options.queue() + "' at "
                        + RedactedUri.of(options.uri()) + " is not a stream queue: pass its queueType (classic or quorum)");
            }
            return client;
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    Environment environment() {
        return environment;
    }

    String describe(String stream) {
        return "rabbitmq stream queue '" + stream + "' at " + RedactedUri.of(uri);
    }

    @Override
    public void close() {
        try {
            environment.close();
        } finally {
            stop(eventLoop, scheduler);
        }
    }

    private static void stop(EventLoopGroup eventLoop, ScheduledExecutorService scheduler) {
        scheduler.shutdownNow();
        // No quiet period: every channel on this loop is closed by now.
        eventLoop.shutdownGracefully(0, SHUTDOWN_SECONDS, TimeUnit.SECONDS).awaitUninterruptibly(SHUTDOWN_SECONDS,
                TimeUnit.SECONDS);
    }

    private static ThreadFactory threads(String role) {
        return runnable -> {
            Thread thread = new Thread(runnable,
                    QueueConnections.THREAD_PREFIX + "-stream-" + role + "-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
