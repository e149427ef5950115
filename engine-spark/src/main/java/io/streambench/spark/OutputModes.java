package io.streambench.spark;

import io.streambench.api.run.Emission;
import io.streambench.api.run.ExecutionMode;

/**
 * The output mode of a streaming query, from its mode and its effective emission ({@code Engine.emissionFor}).
 * <ul>
 *   <li>{@link Emission#EVERY_TRIGGER}: {@code update}. Each micro-batch writes every window it changed, partial
 *   values included, and the sinks upsert by key and window. Only an event-time window aggregation in an unbounded
 *   mode resolves to it, so update mode is never asked of count windows or stateless pipelines.</li>
 *   <li>{@link Emission#FINAL}: {@code append}. A window is written once, when the watermark (delayed by the bound
 *   plus the allowed lateness, see {@link SparkQuery#watermarkDelay}) passes its end.</li>
 *   <li>{@link Emission#ON_COMPLETION}: {@code append}. Stateless rows are written as they come, and count windows
 *   are {@code flatMapGroupsWithState} in append mode, which Spark runs in an append query only.</li>
 *   <li>Real-time mode ({@code Trigger.RealTime}) takes {@code update} only; it runs stateless queries only (see
 *   {@link SparkCapabilities}), for which the two modes write the same rows.</li>
 * </ul>
 * {@link Emission#ON_WATERMARK} never gets here: {@link SparkCapabilities} refuses it.
 */
final class OutputModes {
    static final String APPEND = "append";
    static final String UPDATE = "update";

    private OutputModes() {
    }

    static String of(ExecutionMode.Kind mode, Emission emission) {
        if (mode == ExecutionMode.Kind.BATCH) {
            throw new IllegalArgumentException("a batch query has no output mode");
        }
        if (emission == Emission.ON_WATERMARK) {
            throw new IllegalArgumentException("spark has no output mode that emits on the watermark");
        }
        return mode == ExecutionMode.Kind.CONTINUOUS || emission == Emission.EVERY_TRIGGER ? UPDATE : APPEND;
    }
}
