package io.streambench.api.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.streambench.api.json.WireNames;

/**
 * When a result is written to the sink: part of a cell, because it decides what latency a reader sees before an
 * engine adds any of its own. Latency is measured from the moment the cell's emission made a result possible, so that
 * no engine is charged for a semantic choice.
 */
public enum Emission {
    /** Flink's event-time windows: the first firing needs only the watermark past the end. */
    ON_WATERMARK("on-watermark", "fires when the watermark passes the window end, then updates until the allowed "
            + "lateness ends"),
    /** Spark's append mode: a result is written once nothing can change it. */
    FINAL("final", "emits each window once, when the watermark passes its end plus the allowed lateness"),
    /** Spark's update mode: partial values are visible before the window closes. */
    EVERY_TRIGGER("every-trigger", "emits every changed window on every trigger, before it closes"),
    /** What pipelines without an event-time window do in every engine; not a choice. */
    ON_COMPLETION("on-completion", "emits each result once, when its last event arrives");

    private final String wireName;
    private final String description;

    Emission(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }

    /** Whether a cell may ask for it; {@link #ON_COMPLETION} follows from the pipeline. */
    public boolean isChoice() {
        return this != ON_COMPLETION;
    }

    /** The emission of a job on an engine whose default is {@code engineDefault}. */
    public static Emission resolve(JobSpec job, Emission engineDefault) {
        if (!job.pipeline().hasEventTimeWindow()) {
            return ON_COMPLETION;
        }
        if (job.settings().mode().isBounded()) {
            return FINAL;
        }
        return job.settings().emission() != null ? job.settings().emission() : engineDefault;
    }

    @JsonCreator
    public static Emission fromWireName(String text) {
        return WireNames.parse(Emission.class, text, Emission::wireName, "emission");
    }
}
