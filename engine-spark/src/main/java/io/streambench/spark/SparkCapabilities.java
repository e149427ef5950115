package io.streambench.spark;

import io.streambench.api.engine.EngineCapabilities;
import io.streambench.api.engine.Feature;
import io.streambench.api.run.Emission;

import static io.streambench.api.run.ExecutionMode.Kind.AVAILABLE_NOW;
import static io.streambench.api.run.ExecutionMode.Kind.BATCH;
import static io.streambench.api.run.ExecutionMode.Kind.CONTINUOUS;
import static io.streambench.api.run.ExecutionMode.Kind.MICROBATCH;

/** What the Spark translation supports, and why not the rest. */
final class SparkCapabilities {
    private static final String REAL_TIME_STATELESS = "Spark 4.1 real-time mode (Trigger.RealTime) runs stateless "
            + "queries only; use microbatch:<interval> for windows";
    private static final String REAL_TIME_KAFKA = "Spark 4.1 real-time mode reads Kafka only; a RabbitMQ source "
            + "has no real-time reader";
    private static final String NO_QUEUE_END = "a classic or quorum queue is not replayable and has no end offset "
            + "for a bounded batch read; use available-now";
    private static final String NO_WATERMARK_FIRING = "Structured Streaming has no output mode that writes a window "
            + "when the watermark passes its end and then updates it until the allowed lateness ends: append writes "
            + "each window once, when final, and update writes every changed window on every trigger; use final or "
            + "every-trigger";
    private static final String LATEST_READS_NOTHING = "a bounded query that starts at the latest offset reads nothing";

    private SparkCapabilities() {
    }

    static EngineCapabilities declared() {
        EngineCapabilities.Builder builder = EngineCapabilities.builder()
                .defaultEmission(Emission.FINAL)
                .supportAll(BATCH, AVAILABLE_NOW, MICROBATCH, CONTINUOUS)
                .refuse(BATCH, Feature.SOURCE_RABBITMQ_CLASSIC, NO_QUEUE_END)
                .refuse(BATCH, Feature.SOURCE_RABBITMQ_QUORUM, NO_QUEUE_END)
                .refuse(BATCH, Feature.START_AT_LATEST, LATEST_READS_NOTHING)
                .refuse(AVAILABLE_NOW, Feature.START_AT_LATEST, LATEST_READS_NOTHING)
                .refuse(BATCH, Feature.EXACTLY_ONCE, "a batch query does not checkpoint; a failed batch query is rerun "
                        + "whole")
                .refuseEverywhere(Feature.EXACTLY_ONCE_KAFKA_SINK, "Spark writes a Kafka topic at least once (a "
                        + "replayed batch writes again; there are no transactions across tasks); use PostgreSQL or "
                        + "files for exactly-once results")
                .refuseEverywhere(Feature.EXACTLY_ONCE_FROM_CONSUMED_QUEUE, "the Spark source reads a classic or "
                        + "quorum queue at least once: a message of a batch that was written but not yet acknowledged "
                        + "comes again after a restart, and nothing drops it by message id; use a stream queue, which "
                        + "Spark replays from its checkpointed offset")
                .refuseEverywhere(Feature.SESSION_WINDOWS_EVERY_TRIGGER, "Spark refuses update output mode for "
                        + "session window aggregations (SPARK-36463): a session's range changes as it grows, so an "
                        + "update cannot replace the row it updates; use final")
                .refuseEverywhere(Feature.EMIT_ON_WATERMARK, NO_WATERMARK_FIRING)
                .refuse(CONTINUOUS, Feature.ICEBERG_SINK, "the Iceberg sink merges each micro-batch into the table "
                        + "(foreachBatch), and Spark 4.1 real-time mode writes row by row (foreach, Kafka) with no "
                        + "batches to merge; use microbatch:<interval>")
                .refuseEverywhere(Feature.PARQUET_FILES_SINK, "results are written per partition and epoch as JSON "
                        + "lines, so that a replayed epoch replaces its own files; use JSON-lines files");
        for (Feature stateful : new Feature[]{Feature.TUMBLING_WINDOWS, Feature.SLIDING_WINDOWS,
                Feature.SESSION_WINDOWS, Feature.COUNT_WINDOWS, Feature.COUNT_AGGREGATE, Feature.SUM_AGGREGATE,
                Feature.DISTINCT_USERS_AGGREGATE}) {
            builder.refuse(CONTINUOUS, stateful, REAL_TIME_STATELESS);
        }
        for (Feature rabbit : new Feature[]{Feature.SOURCE_RABBITMQ_CLASSIC, Feature.SOURCE_RABBITMQ_QUORUM,
                Feature.SOURCE_RABBITMQ_STREAM}) {
            builder.refuse(CONTINUOUS, rabbit, REAL_TIME_KAFKA);
        }
        return builder.build();
    }
}
