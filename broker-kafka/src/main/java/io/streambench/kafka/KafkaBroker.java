package io.streambench.kafka;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.ConsumerRate;
import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamLevel;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.measure.ClockOffset;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.BrokerConnection;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Kafka as the suites and the bench see it: a stream is a topic, a writer a producer keyed by user, a reader a consumer
 * of every partition. Closing it stops the broker if this object started it.
 */
public final class KafkaBroker implements Broker {
    private final String description;
    private final BrokerConnection.Kafka connection;
    private final KafkaTopicAdmin topics;
    private final AutoCloseable owned;

    private KafkaBroker(String description, BrokerConnection.Kafka connection, AutoCloseable owned) {
        this.description = description;
        this.connection = connection;
        this.owned = owned;
        KafkaTopicAdmin admin;
        try {
            admin = new KafkaTopicAdmin(connection);
        } catch (RuntimeException e) {
            closeOwned();
            throw e;
        }
        this.topics = admin;
    }

    /** Starts a broker in a JVM of its own, its files under {@code workDir}. */
    public static KafkaBroker embedded(Path workDir, Map<String, String> clientProperties) {
        EmbeddedKafka server = EmbeddedKafka.start(workDir);
        return new KafkaBroker("kafka " + EmbeddedKafka.version() + " (" + KafkaDeployment.EMBEDDED.settingValue()
                + ") at " + server.bootstrapServers(), new BrokerConnection.Kafka(server.bootstrapServers(), clientProperties), server);
    }

    /** An existing cluster; fails at once, naming the address, if no broker answers there. */
    public static KafkaBroker external(String bootstrapServers, Map<String, String> clientProperties) {
        BrokerConnection.Kafka connection = new BrokerConnection.Kafka(bootstrapServers, clientProperties);
        KafkaReachability.require(connection);
        return new KafkaBroker("kafka (" + KafkaDeployment.EXTERNAL.settingValue() + ") at " + bootstrapServers,
                connection, () -> {
        });
    }

    /** Starts a broker in a Docker container with Testcontainers, which must be on the class path. */
    public static KafkaBroker inContainer(Map<String, String> clientProperties) {
        KafkaContainerDeployment.Started started;
        try {
            started = KafkaContainerDeployment.start();
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("deployment=testcontainers needs org.testcontainers:testcontainers-kafka on "
                    + "the class path (broker-kafka has it as an optional dependency); or use deployment=embedded", e);
        }
        return new KafkaBroker("kafka " + EmbeddedKafka.version() + " (" + KafkaDeployment.TESTCONTAINERS.settingValue()
                + ", " + started.image() + ") at " + started.bootstrapServers(),
                new BrokerConnection.Kafka(started.bootstrapServers(), clientProperties), started.container());
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public BrokerConnection.Kafka connection() {
        return connection;
    }

    /** Topic administration beyond the {@link Broker} interface: partitions, end offsets, offsets for a time. */
    public KafkaTopicAdmin topics() {
        return topics;
    }

    @Override
    public void createStream(StreamSpec spec) {
        topics.createTopic(spec.name(), spec.partitions());
    }

    @Override
    public void deleteStream(String stream) {
        topics.deleteTopic(stream);
    }

    @Override
    public EventWriter openWriter(String stream) {
        return new KafkaEventWriter(connection, stream);
    }

    @Override
    public EventReader openReader(String stream, StartPosition from) {
        return new KafkaEventReader(connection, stream, topics.partitions(stream), from);
    }

    @Override
    public StreamLevel level(String stream) {
        return new StreamLevel(topics.endOffsets(stream).values().stream().mapToLong(Long::longValue).sum(), null);
    }

    @Override
    public OptionalLong serverProcessId() {
        return owned instanceof EmbeddedKafka server ? OptionalLong.of(server.pid()) : OptionalLong.empty();
    }

    @Override
    public ConsumerRate measureConsumer(String stream, long messages, BrokerConnection connection,
                                        String clientClasspath, Duration timeout) {
        return RawConsumerRun.measure((BrokerConnection.Kafka) connection, stream, messages, clientClasspath, timeout);
    }

    @Override
    public Set<StartPosition.Kind> startPositions() {
        return EnumSet.allOf(StartPosition.Kind.class);
    }

    /**
     * Reads the broker's clock through the append time of a record produced to {@value BrokerClock#TOPIC}, a topic of
     * streambench's own that this creates if it is missing.
     *
     * @throws IllegalStateException if it cannot be read, saying why
     */
    @Override
    public Optional<ClockOffset> clockOffset() {
        return Optional.of(BrokerClock.read(connection, topics));
    }

    /** Only a broker this process started (the embedded one) can be restarted. */
    @Override
    public void restart() {
        if (!(owned instanceof EmbeddedKafka embedded)) {
            throw new UnsupportedOperationException(description + " cannot be restarted by streambench: it is not the "
                    + "project's own broker");
        }
        embedded.restart();
    }

    @Override
    public void close() {
        try {
            topics.close();
        } finally {
            closeOwned();
        }
    }

    private void closeOwned() {
        try {
            owned.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop " + description, e);
        }
    }
}
