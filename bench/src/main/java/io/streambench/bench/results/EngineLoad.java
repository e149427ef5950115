package io.streambench.bench.results;

import io.streambench.api.engine.EngineSample;

import java.util.List;

/**
 * What the engine's own interfaces said about its load through a cell (Flink's REST API every two seconds, Spark's
 * progress of every micro-batch), and what that says about the cell: whether, during the steady stretch of the load,
 * the job could not keep up with its input because part of it is too slow, and which part.
 *
 * @param samples        every reading, in order
 * @param steadySamples  how many of them fell in the steady stretch of the load (after warm-up, before its end)
 * @param backpressured  true when, in the steady stretch, the job was back-pressured (Flink: an operator waited on
 *                       the next one at least {@value #BACKPRESSURE_SHARE_PERCENT} % of the time in the median
 *                       reading) or fell behind its trigger (Spark: most micro-batches took longer than the trigger
 *                       interval); null without a steady stretch or readings in it (bounded modes, faults)
 * @param bottleneck     the part of the job that holds it back, or the busiest one when nothing does; null if unknown
 * @param summary        one sentence with the figures behind the verdict
 */
public record EngineLoad(List<EngineSample> samples, int steadySamples, Boolean backpressured, String bottleneck,
                         String summary) {
    /** Flink's web UI calls a task back-pressured from 10 % of its time on; so do we. */
    public static final int BACKPRESSURE_SHARE_PERCENT = 10;

    public EngineLoad {
        samples = samples == null ? List.of() : List.copyOf(samples);
    }
}
