package io.streambench.flink;

import io.streambench.api.engine.EngineCapabilities;
import io.streambench.api.engine.Feature;
import io.streambench.flink.stage.StageTranslators;

import static io.streambench.api.run.ExecutionMode.Kind.AVAILABLE_NOW;
import static io.streambench.api.run.ExecutionMode.Kind.BATCH;
import static io.streambench.api.run.ExecutionMode.Kind.CONTINUOUS;
import static io.streambench.api.run.ExecutionMode.Kind.MICROBATCH;

/** What the Flink translation supports, and why not the rest. */
final class FlinkCapabilities {
    private static final String RMQ_UNBOUNDED =
            "RMQSource is unbounded: a RabbitMQ queue has no end offset for a bounded batch run";

    private FlinkCapabilities() {
    }

    static EngineCapabilities declared() {
        return EngineCapabilities.builder()
                .defaultEmission(StageTranslators.DEFAULT_EMISSION)
                .supportAll(BATCH, CONTINUOUS)
                .refuseMode(MICROBATCH, "Flink processes each event as it arrives and has no micro-batch trigger; "
                        + "use continuous")
                .refuseMode(AVAILABLE_NOW, "Flink has no available-now trigger; batch mode reads the same bounded "
                        + "range in one job")
                .refuse(BATCH, Feature.SOURCE_RABBITMQ_CLASSIC, RMQ_UNBOUNDED)
                .refuse(BATCH, Feature.SOURCE_RABBITMQ_QUORUM, RMQ_UNBOUNDED)
                .refuse(BATCH, Feature.START_AT_LATEST, "a batch job that starts at the latest offset reads nothing")
                .refuse(BATCH, Feature.EXACTLY_ONCE, "BATCH mode does not checkpoint; a failed batch job is rerun whole")
                .refuseEverywhere(Feature.PARQUET_FILES_SINK, "Flink's Parquet writers (flink-parquet) are not in this "
                        + "engine's build; use JSON-lines files")
                .refuseEverywhere(Feature.EMIT_EVERY_TRIGGER, "Flink's event-time windows fire on watermarks, and a "
                        + "trigger that emits partial windows before the watermark passes their end is not translated; "
                        + "ask for on-watermark or final")
                .build();
    }
}
