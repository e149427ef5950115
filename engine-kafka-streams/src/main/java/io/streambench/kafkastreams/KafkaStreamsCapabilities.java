package io.streambench.kafkastreams;

import io.streambench.api.engine.EngineCapabilities;
import io.streambench.api.engine.Feature;
import io.streambench.api.run.Emission;

import static io.streambench.api.run.ExecutionMode.Kind.AVAILABLE_NOW;
import static io.streambench.api.run.ExecutionMode.Kind.BATCH;
import static io.streambench.api.run.ExecutionMode.Kind.CONTINUOUS;
import static io.streambench.api.run.ExecutionMode.Kind.MICROBATCH;

/**
 * What the Kafka Streams translation supports, and why not the rest. Parallelism is stream threads per instance times
 * instances; a forked engine is one instance, so a job's parallelism is its number of stream threads.
 */
public final class KafkaStreamsCapabilities {
    /** A suppressed window is written once, when closed: comparable with Spark's append mode and Flink's final. */
    public static final Emission DEFAULT_EMISSION = Emission.FINAL;

    private static final String CONTINUOUS_ONLY = "Kafka Streams processes each record as it arrives and has no "
            + "bounded or micro-batch mode; use continuous";
    private static final String KAFKA_ONLY = "Kafka Streams reads Kafka topics only; a RabbitMQ queue has no Kafka "
            + "Streams source";

    private KafkaStreamsCapabilities() {
    }

    static EngineCapabilities declared() {
        return EngineCapabilities.builder()
                .defaultEmission(DEFAULT_EMISSION)
                .supportAll(CONTINUOUS)
                .refuseMode(BATCH, CONTINUOUS_ONLY)
                .refuseMode(AVAILABLE_NOW, CONTINUOUS_ONLY)
                .refuseMode(MICROBATCH, CONTINUOUS_ONLY)
                .refuseEverywhere(Feature.SOURCE_RABBITMQ_CLASSIC, KAFKA_ONLY)
                .refuseEverywhere(Feature.SOURCE_RABBITMQ_QUORUM, KAFKA_ONLY)
                .refuseEverywhere(Feature.SOURCE_RABBITMQ_STREAM, KAFKA_ONLY)
                .refuseEverywhere(Feature.EXACTLY_ONCE_FROM_CONSUMED_QUEUE, KAFKA_ONLY)
                .refuseEverywhere(Feature.EMIT_ON_WATERMARK, "Kafka Streams has no watermark: a windowed table "
                        + "forwards every update (every-trigger) or, suppressed until the window closes, each window "
                        + "once when stream time passes its end plus the grace (final); nothing fires when the window "
                        + "ends and then updates until the grace ends; use final or every-trigger")
                .refuseEverywhere(Feature.SESSION_WINDOWS_EVERY_TRIGGER, "a session that an event merges with "
                        + "another is retracted with a tombstone, which a result topic, table or file cannot apply, so "
                        + "the merged-away session would stay behind as a result; use final")
                .refuseEverywhere(Feature.EXACTLY_ONCE_FILES_SINK, "Kafka Streams commits offsets, state and Kafka "
                        + "output in one transaction, but a processor has no hook on that commit: a result file "
                        + "written after the last commit is written again after a crash; use PostgreSQL (upsert) or a "
                        + "Kafka topic for exactly-once results")
                .refuseEverywhere(Feature.PARQUET_FILES_SINK, "results are written as JSON-lines files; this engine "
                        + "ships no Parquet writer")
                .refuseEverywhere(Feature.ICEBERG_SINK, "Kafka Streams writes Kafka topics, and an Iceberg table would "
                        + "need a snapshot committed with each Kafka Streams commit, which no Iceberg writer for Kafka "
                        + "Streams does; write a result topic (or PostgreSQL) here, or run the Iceberg sink on Flink or "
                        + "Spark")
                .build();
    }
}
