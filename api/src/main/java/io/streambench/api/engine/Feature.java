package io.streambench.api.engine;

import io.streambench.api.run.Emission;

/** Something a job can need from an engine. The description is a plural noun phrase, as used in messages. */
public enum Feature {
    SOURCE_KAFKA("Kafka topic sources"),
    SOURCE_RABBITMQ_CLASSIC("RabbitMQ classic queue sources"),
    SOURCE_RABBITMQ_QUORUM("RabbitMQ quorum queue sources"),
    SOURCE_RABBITMQ_STREAM("RabbitMQ stream queue sources"),
    START_AT_LATEST("start positions at the latest offset"),
    START_AT_TIMESTAMP("start positions at a timestamp"),
    FILTER("filters"),
    ENRICHMENT("page-category enrichments"),
    TUMBLING_WINDOWS("tumbling windows"),
    SLIDING_WINDOWS("sliding windows"),
    SESSION_WINDOWS("session windows"),
    COUNT_WINDOWS("count windows"),
    STATELESS_PROJECTION("stateless projections"),
    COUNT_AGGREGATE("count aggregates"),
    SUM_AGGREGATE("sum aggregates"),
    DISTINCT_USERS_AGGREGATE("exact distinct-user aggregates"),
    KAFKA_SINK("Kafka topic sinks"),
    POSTGRES_SINK("PostgreSQL sinks"),
    FILES_SINK("JSON-lines file sinks"),
    PARQUET_FILES_SINK("Parquet file sinks"),
    ICEBERG_SINK("Iceberg table sinks"),
    MEMORY_SINK("in-memory sinks"),
    EXACTLY_ONCE("exactly-once runs"),
    EXACTLY_ONCE_KAFKA_SINK("exactly-once writes into Kafka topics"),
    EXACTLY_ONCE_FILES_SINK("exactly-once writes into result files"),
    EXACTLY_ONCE_FROM_CONSUMED_QUEUE("exactly-once reads of classic and quorum queues"),
    EMIT_ON_WATERMARK("window results emitted when the watermark passes the window end and updated until the "
            + "lateness ends"),
    EMIT_FINAL("window results emitted once, when final"),
    EMIT_EVERY_TRIGGER("window results emitted on every trigger"),
    SESSION_WINDOWS_EVERY_TRIGGER("session windows emitted on every trigger");

    private final String description;

    Feature(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** What a streaming run of an event-time window needs of an engine to be written with {@code emission}. */
    public static Feature writing(Emission emission) {
        return switch (emission) {
            case ON_WATERMARK -> EMIT_ON_WATERMARK;
            case FINAL -> EMIT_FINAL;
            case EVERY_TRIGGER -> EMIT_EVERY_TRIGGER;
            case ON_COMPLETION -> throw new IllegalArgumentException("on-completion follows from the pipeline");
        };
    }
}
