package io.streambench.rabbitmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.stream.Environment;
import io.streambench.api.broker.Broker;
import io.streambench.api.broker.ConsumerRate;
import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamLevel;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.QueueType;
import io.streambench.api.run.RedactedUri;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RabbitMQ with one queue type, over one AMQP connection: each reader gets a channel of its own on it. A stream is a
 * topic exchange and a queue (see {@link Topology}); a queue is a single partition, so {@link StreamSpec#partitions()}
 * does not apply. With stream queues the broker also has one stream-protocol environment, over which writers write
 * straight to the queue and the raw consumer reads it.
 */
public final class RabbitMqBroker implements Broker {
    private static final Logger LOG = LoggerFactory.getLogger(RabbitMqBroker.class);
    private static final int CLOSE_TIMEOUT_MILLIS = 10_000;

    private volatile Connection connection;
    private final String uri;
    private final RabbitMqSettings settings;
    private volatile Topology topology;
    private final int streamPort;
    /** Null unless the queues are stream queues. */
    private final Environment streams;
    private final AutoCloseable deployment;
    /** The streams this broker created and has not deleted: a restart waits until their queues are back. */
    private final Set<String> streamsCreated = ConcurrentHashMap.newKeySet();

    /**
     * @param uri        where {@code connection} goes, with credentials, for the engines
     * @param streamPort where the same server speaks the stream protocol
     * @param deployment stopped after the connections are closed (a container), or nothing to do
     * @throws BrokerUnreachableException for stream queues, if the stream protocol cannot be reached
     */
    RabbitMqBroker(Connection connection, String uri, int streamPort, RabbitMqSettings settings,
                   AutoCloseable deployment) {
        this.connection = connection;
        this.uri = uri;
        this.streamPort = streamPort;
        this.settings = settings;
        this.topology = new Topology(connection, settings.queueType());
        this.deployment = deployment;
        this.streams = settings.queueType() == QueueType.STREAM
                ? StreamEnvironments.open(connection(), settings.deployment()) : null;
    }

    @Override
    public String name() {
        return RabbitMqBrokerProvider.NAME;
    }

    @Override
    public String describe() {
        return "rabbitmq " + connection.getServerProperties().get("version") + " (" + settings.deployment().wireName()
                + ") " + settings.queueType().wireName() + " queues at " + RedactedUri.of(uri)
                + (streams != null ? ", written over the stream protocol at port " + streamPort + " with confirms"
                : ", publisher confirms " + (settings.confirms() ? "on" : "off"));
    }

    @Override
    public BrokerConnection.RabbitMq connection() {
        return new BrokerConnection.RabbitMq(uri, settings.queueType(), settings.clientProperties(), streamPort);
    }

    /** The AMQP connection this broker declares and counts through, with the run's client properties. */
    Connection amqpConnection() {
        return connection;
    }

    public Topology topology() {
        return topology;
    }

    @Override
    public void createStream(StreamSpec spec) {
        topology.createStream(spec.name());
        streamsCreated.add(spec.name());
    }

    @Override
    public void deleteStream(String stream) {
        topology.deleteStream(stream);
        streamsCreated.remove(stream);
    }

    /**
     * For stream queues a stream-protocol producer; otherwise a writer on an AMQP connection of its own (RabbitMQ's
     * flow control throttles whole connections).
     */
    @Override
    public EventWriter openWriter(String stream) {
        return streams != null ? StreamQueueWriter.open(streams, stream)
                : RabbitMqEventWriter.open(uri, settings.clientProperties(), stream, settings.confirms());
    }

    /** Reads the queue of that name: a stream's own queue, or one bound with {@link Topology#declareBoundQueue}. */
    @Override
    public EventReader openReader(String stream, StartPosition from) {
        return RabbitMqEventReader.open(connection, stream, settings.queueType(), from);
    }

    /** A classic or quorum queue's depth; a stream queue keeps what is read, and AMQP does not tell its length. */
    @Override
    public StreamLevel level(String stream) {
        return settings.queueType().isReplayable() ? new StreamLevel(null, null)
                : new StreamLevel(null, topology.messageCount(stream));
    }

    /** The local server's Erlang VM (deployment=local), from its pid file. */
    @Override
    public OptionalLong serverProcessId() {
        return settings.deployment() == Deployment.LOCAL ? LocalRabbitMqServer.processId() : OptionalLong.empty();
    }

    /**
     * A stream-client consumer in this process, on this broker's environment: the class path is moot, and a cell's
     * AMQP client properties do not apply to the stream protocol.
     */
    @Override
    public ConsumerRate measureConsumer(String stream, long messages, BrokerConnection readAs,
                                        String clientClasspath, Duration timeout) {
        if (streams == null) {
            throw new UnsupportedOperationException("reading a " + settings.queueType().wireName() + " queue consumes "
                    + "it: the engine would find it empty");
        }
        return StreamQueueConsumerRate.read(streams, stream, messages, timeout);
    }

    @Override
    public Set<StartPosition.Kind> startPositions() {
        return StartPositions.supportedBy(settings.queueType());
    }

    /**
     * Restarts the local server (deployment=local): every connection drops, durable queues and persistent messages
     * stay. Writers reconnect by themselves, and so does the stream environment; this broker's own AMQP connection is
     * opened again here, and it returns once the queues of the streams it created can be read again.
     */
    @Override
    public synchronized void restart() {
        if (settings.deployment() != Deployment.LOCAL) {
            throw new UnsupportedOperationException(describe() + " cannot be restarted by streambench: only the local "
                    + "server (deployment=local) can");
        }
        LocalRabbitMqServer.restart();
        long deadline = System.nanoTime() + RabbitMqEventWriter.RECONNECT_TIMEOUT.toNanos();
        while (true) {
            try {
                connection = AmqpConnections.open(uri, RabbitMqBrokerProvider.CONNECTION_NAME,
                        settings.clientProperties());
                topology = new Topology(connection, settings.queueType());
                topology.awaitAvailable(streamsCreated, RabbitMqEventWriter.RECONNECT_TIMEOUT);
                return;
            } catch (BrokerUnreachableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            if (streams != null) {
                streams.close();
            }
            if (connection.isOpen()) {
                connection.close(CLOSE_TIMEOUT_MILLIS);
            }
        } catch (IOException e) {
            LOG.warn("closing the connection to {} failed: {}", RedactedUri.of(uri), e.toString());
        } finally {
            stop(deployment);
        }
    }

    private static void stop(AutoCloseable deployment) {
        try {
            deployment.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the rabbitmq deployment: " + e.getMessage(), e);
        }
    }
}
