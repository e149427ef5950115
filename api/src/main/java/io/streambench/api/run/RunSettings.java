package io.streambench.api.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;
import java.util.Objects;

/**
 * How to run a pipeline, beside the pipeline itself. The defaults of the settings an engine takes are declared here
 * only; the bench resolves a cell's unset settings to them.
 *
 * @param maxEventsPerTrigger cap on the events one micro-batch reads (unset: whatever is available); also splits an
 *                            {@code available-now} backlog into several batches
 * @param emission            when windowed results are written, if the run asks for one (unset: the engine's own)
 */
public record RunSettings(ExecutionMode mode, DeliveryGuarantee guarantee, int parallelism,
                          Duration checkpointInterval, Long maxEventsPerTrigger, Emission emission) {
    public static final DeliveryGuarantee DEFAULT_GUARANTEE = DeliveryGuarantee.AT_LEAST_ONCE;
    /** Two, so that every cell exercises a keyed exchange between parallel instances. */
    public static final int DEFAULT_PARALLELISM = 2;
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(5);

    @JsonCreator
    public RunSettings(@JsonProperty("mode") ExecutionMode mode,
                       @JsonProperty("guarantee") DeliveryGuarantee guarantee,
                       @JsonProperty("parallelism") Integer parallelism,
                       @JsonProperty("checkpointInterval") Duration checkpointInterval,
                       @JsonProperty("maxEventsPerTrigger") Long maxEventsPerTrigger,
                       @JsonProperty("emission") Emission emission) {
        this(mode, guarantee, parallelism == null ? DEFAULT_PARALLELISM : parallelism, checkpointInterval, maxEventsPerTrigger, emission);
    }

    public RunSettings {
        Objects.requireNonNull(mode, "run settings need a mode");
        guarantee = guarantee == null ? DEFAULT_GUARANTEE : guarantee;
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
        }
        checkpointInterval = checkpointInterval == null ? DEFAULT_CHECKPOINT_INTERVAL : checkpointInterval;
        if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("checkpointInterval must be > 0");
        }
        if (maxEventsPerTrigger != null && maxEventsPerTrigger < 1) {
            throw new IllegalArgumentException("maxEventsPerTrigger must be >= 1 when given");
        }
        if (emission != null && !emission.isChoice()) {
            throw new IllegalArgumentException("emission '" + emission.wireName() + "' follows from the pipeline and "
                    + "cannot be asked for; ask for on-watermark, final or every-trigger");
        }
    }

    public static RunSettings of(ExecutionMode mode) {
        return new RunSettings(mode, DEFAULT_GUARANTEE, DEFAULT_PARALLELISM, DEFAULT_CHECKPOINT_INTERVAL, null, null);
    }

    public RunSettings withGuarantee(DeliveryGuarantee newGuarantee) {
        return new RunSettings(mode, newGuarantee, parallelism, checkpointInterval, maxEventsPerTrigger, emission);
    }

    public RunSettings withParallelism(int newParallelism) {
        return new RunSettings(mode, guarantee, newParallelism, checkpointInterval, maxEventsPerTrigger, emission);
    }

    public RunSettings withCheckpointInterval(Duration interval) {
        return new RunSettings(mode, guarantee, parallelism, interval, maxEventsPerTrigger, emission);
    }

    public RunSettings withMaxEventsPerTrigger(Long max) {
        return new RunSettings(mode, guarantee, parallelism, checkpointInterval, max, emission);
    }

    public RunSettings withEmission(Emission newEmission) {
        return new RunSettings(mode, guarantee, parallelism, checkpointInterval, maxEventsPerTrigger, newEmission);
    }
}
