package io.streambench.api.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.streambench.api.json.WireNames;

/** RabbitMQ queue types. Only stream queues keep messages after delivery and can be replayed from an offset. */
public enum QueueType {
    CLASSIC("classic", false),
    QUORUM("quorum", false),
    STREAM("stream", true);

    /**
     * A stream queue's offset over AMQP 0-9-1: the consumer argument that says where to start reading one, and the
     * header RabbitMQ sets on every delivery from one. Here, not in broker-rabbitmq, so that the Spark connector
     * declares it without that module (and its Testcontainers) on the engine's class path.
     */
    public static final String STREAM_OFFSET = "x-stream-offset";

    private final String wireName;
    private final boolean replayable;

    QueueType(String wireName, boolean replayable) {
        this.wireName = wireName;
        this.replayable = replayable;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public boolean isReplayable() {
        return replayable;
    }

    @JsonCreator
    public static QueueType fromWireName(String text) {
        return WireNames.parse(QueueType.class, text, QueueType::wireName, "queue type");
    }
}
