package io.streambench.spark.rabbitmq;

import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.QueueType;
import io.streambench.api.run.RedactedUri;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The options of a RabbitMQ read, as given to {@code spark.readStream().option(..)}. Keys are case-insensitive, as
 * everywhere in Spark; an unknown key fails, so that a misspelt option is never silently ignored.
 *
 * @param uri                   {@code amqp://user:password@host:port/vhost}
 * @param streamUri             where the same server speaks the stream protocol, which reads stream queues:
 *                              {@code rabbitmq-stream://user:password@host:port/vhost}; by default {@code uri}'s
 *                              server, user and virtual host on port 5552
 * @param queue                 an existing queue; the source never declares one
 * @param maxMessagesPerTrigger the most messages in one micro-batch, if capped
 * @param clientProperties      amqp-client configuration keys for the source's AMQP 0-9-1 connections (the stream
 *                              protocol's client takes none), given as options with the
 *                              {@value #CLIENT_PREFIX} prefix (e.g. {@code amqp.connection.heartbeat}), as Spark's
 *                              Kafka source takes {@code kafka.*}
 */
record SourceOptions(String uri, String streamUri, String queue, QueueType queueType, StartAt startAt,
                     OptionalLong maxMessagesPerTrigger, Map<String, String> clientProperties) {
    static final String CLIENT_PREFIX = "amqp.";
    static final String URI = "uri";
    static final String STREAM_URI = "streamUri";
    static final String QUEUE = "queue";
    static final String QUEUE_TYPE = "queueType";
    static final String START_AT = "startAt";
    static final String MAX_MESSAGES_PER_TRIGGER = "maxMessagesPerTrigger";
    private static final Set<String> KEYS = Set.of(URI, STREAM_URI, QUEUE, QUEUE_TYPE, START_AT, MAX_MESSAGES_PER_TRIGGER);

    SourceOptions {
        clientProperties = Map.copyOf(clientProperties);
        if (!queueType.isReplayable() && startAt.kind() != StartAt.Kind.EARLIEST) {
            throw new IllegalArgumentException("rabbitmq " + queueType.wireName() + " queue '" + queue
                    + "' cannot start at " + startAt + ": reading a " + queueType.wireName() + " queue consumes what is "
                    + "queued, so only startAt=earliest is possible; stream queues (queueType=stream) are replayable");
        }
    }

    static SourceOptions parse(Map<String, String> options) {
        Map<String, String> byKey = byLowerCaseKey(options);
        String uri = required(byKey, URI);
        if (!uri.startsWith("amqp://") && !uri.startsWith("amqps://")) {
            throw new IllegalArgumentException("rabbitmq option uri must be amqp://user:password@host:port/vhost, was '"
                    + RedactedUri.of(uri) + "'");
        }
        QueueType queueType;
        try {
            queueType = QueueType.fromWireName(required(byKey, QUEUE_TYPE));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rabbitmq option queueType: " + e.getMessage(), e);
        }
        String streamUri = byKey.get(key(STREAM_URI));
        if (streamUri == null) {
            streamUri = defaultStreamUri(uri, queueType);
        } else if (!streamUri.startsWith("rabbitmq-stream://") && !streamUri.startsWith("rabbitmq-stream+tls://")) {
            throw new IllegalArgumentException("rabbitmq option streamUri must be "
                    + "rabbitmq-stream://user:password@host:port/vhost, was '" + RedactedUri.of(streamUri) + "'");
        }
        String startAt = byKey.get(key(START_AT));
        Map<String, String> clientProperties = new HashMap<>();
        options.forEach((name, value) -> {
            if (isClientProperty(name)) {
                clientProperties.put(name.substring(CLIENT_PREFIX.length()), value);
            }
        });
        return new SourceOptions(uri, streamUri, required(byKey, QUEUE), queueType,
                startAt == null ? StartAt.EARLIEST : StartAt.parse(startAt), maxMessages(byKey), clientProperties);
    }

    private static String defaultStreamUri(String uri, QueueType queueType) {
        try {
            return new BrokerConnection.RabbitMq(uri, queueType).streamUri();
        } catch (IllegalArgumentException e) {
            // Not chained: its message repeats the URI, password included.
            throw new IllegalArgumentException("invalid rabbitmq option uri '" + RedactedUri.of(uri) + "' (expected "
                    + "amqp://user:password@host:port/vhost)");
        }
    }

    private static boolean isClientProperty(String name) {
        return key(name).startsWith(CLIENT_PREFIX) && name.length() > CLIENT_PREFIX.length();
    }

    private static Map<String, String> byLowerCaseKey(Map<String, String> options) {
        Map<String, String> byKey = new HashMap<>();
        Set<String> known = KEYS.stream().map(SourceOptions::key).collect(Collectors.toSet());
        options.forEach((name, value) -> {
            if (isClientProperty(name)) {
                return;
            }
            if (!known.contains(key(name))) {
                throw new IllegalArgumentException("unknown rabbitmq option '" + name + "' (known: "
                        + String.join(", ", new TreeSet<>(KEYS)) + ", " + CLIENT_PREFIX + "*)");
            }
            byKey.put(key(name), value);
        });
        return byKey;
    }

    private static String required(Map<String, String> byKey, String name) {
        String value = byKey.get(key(name));
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("rabbitmq option " + name + " is required");
        }
        return value;
    }

    private static OptionalLong maxMessages(Map<String, String> byKey) {
        String text = byKey.get(key(MAX_MESSAGES_PER_TRIGGER));
        if (text == null) {
            return OptionalLong.empty();
        }
        try {
            long max = Long.parseLong(text.trim());
            if (max > 0) {
                return OptionalLong.of(max);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("rabbitmq option maxMessagesPerTrigger must be a positive whole number, was '"
                + text + "'");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** How the queue is named in messages: its type, name and broker, without the password. */
    String describeQueue() {
        return "rabbitmq " + queueType.wireName() + " queue '" + queue + "' at " + RedactedUri.of(uri);
    }
}
