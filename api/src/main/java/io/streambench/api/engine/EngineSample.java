package io.streambench.api.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a running job's engine says about its own load at one moment, read from the engine's own interfaces (Flink's
 * REST API, Spark's {@code StreamingQueryProgress}), never derived by the bench: whether an operator waits on the one
 * after it (back-pressure), how busy each is, and figures of the job as a whole.
 *
 * @param time      engine wall clock of the reading, epoch ms
 * @param operators per operator (Flink's job vertices), in the job graph's order; empty for engines without them
 * @param figures   job-wide figures by name, see the constants (each engine gives those it has)
 */
public record EngineSample(long time, List<OperatorLoad> operators, Map<String, Double> figures) {
    /** Flink: the duration of the latest completed checkpoint, from trigger to last acknowledgement. */
    public static final String CHECKPOINT_DURATION_MS = "checkpoint-duration-ms";
    /** Flink: the state size of the latest completed checkpoint. */
    public static final String CHECKPOINT_SIZE_BYTES = "checkpoint-size-bytes";
    /** Spark: how long the micro-batch took, from its trigger to its commit. */
    public static final String BATCH_DURATION_MS = "batch-duration-ms";
    /** Spark: the trigger interval the batch was due to keep up with; absent for triggers without one. */
    public static final String TRIGGER_INTERVAL_MS = "trigger-interval-ms";
    /** Spark: the rate at which the batch's input arrived, over the time since the previous batch. */
    public static final String INPUT_ROWS_PER_SECOND = "input-rows-per-second";
    /** Spark: the rate at which the batch was processed, over its own duration. */
    public static final String PROCESSED_ROWS_PER_SECOND = "processed-rows-per-second";
    /** Spark: rows in the query's state stores after the batch. */
    public static final String STATE_ROWS = "state-rows";
    /** Spark: memory the query's state stores use after the batch. */
    public static final String STATE_BYTES = "state-bytes";

    @JsonCreator
    public EngineSample(@JsonProperty("time") long time, @JsonProperty("operators") List<OperatorLoad> operators,
                        @JsonProperty("figures") Map<String, Double> figures) {
        this.time = time;
        this.operators = operators == null ? List.of() : List.copyOf(operators);
        this.figures = figures == null ? Map.of() : new TreeMap<>(figures);
    }

    /**
     * One operator's load over the engine's last metrics interval. The shares are milliseconds per second, the way
     * Flink states them: the most loaded parallel instance's, since one hot instance is enough to hold the job back.
     *
     * @param name                     the operator as the engine names it
     * @param recordsInPerSecond       over all parallel instances
     * @param recordsOutPerSecond      over all parallel instances
     * @param busyMsPerSecond          time the busiest instance spent processing
     * @param backPressuredMsPerSecond time the most back-pressured instance waited for room downstream
     */
    public record OperatorLoad(String name, int parallelism, double recordsInPerSecond, double recordsOutPerSecond,
                               double busyMsPerSecond, double backPressuredMsPerSecond) {
        public OperatorLoad {
            Objects.requireNonNull(name, "name");
        }
    }
}
