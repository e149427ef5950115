package io.streambench.bench.matrix;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.RunSettings;

import java.time.Duration;

/**
 * A cell as it runs: each of its settings that has a default is resolved, the cell's own value or else the default.
 * The engine settings' defaults are {@link RunSettings}'s, the bench's own are declared here only; the runner runs
 * with them and the reports, the decision and the comparison describe a cell by them ({@link CellSettings} keeps what
 * was set, so that they can say what was a default).
 *
 * @param settings what the cell set; not written with the resolved settings, which a result holds beside its cell
 * @param duration how long the load runs at {@code rate}, unless the cell gives its {@code events}
 * @param sloP99Millis the p99 that a throughput search and a fault's recovery are judged against
 * @param sinkPartitions partitions of a Kafka sink's result topic: the parallelism unless the cell re-keys into more
 */
public record ResolvedCell(@JsonIgnore CellSettings settings, DeliveryGuarantee guarantee, int parallelism,
                           Duration checkpointInterval, Duration warmup, String sink, double rate, Duration duration,
                           long seed, int repeat, long sloP99Millis, Integer sinkPartitions) {
    private static final Duration WARMUP = Duration.ofSeconds(10);
    private static final String SINK = "kafka";
    private static final double RATE = 1_000;
    private static final Duration DURATION = Duration.ofSeconds(30);
    private static final long SEED = 42;
    private static final int REPEAT = 1;
    private static final long SLO_P99_MILLIS = 30_000;

    public ResolvedCell {
        // Results files written before sinkPartitions existed hold none: their result topics had one per parallelism.
        sinkPartitions = sinkPartitions == null ? parallelism : sinkPartitions;
    }

    static ResolvedCell of(CellSettings settings) {
        String sink = orDefault(settings.sink(), SINK);
        if (settings.sinkPartitions() != null && !sink.equals(SINK)) {
            throw new IllegalArgumentException("sinkPartitions are the partitions of a Kafka result topic; the sink "
                    + "is " + sink);
        }
        int parallelism = orDefault(settings.parallelism(), RunSettings.DEFAULT_PARALLELISM);
        return new ResolvedCell(settings, orDefault(settings.guarantee(), RunSettings.DEFAULT_GUARANTEE), parallelism,
                orDefault(settings.checkpointInterval(), RunSettings.DEFAULT_CHECKPOINT_INTERVAL), orDefault(settings.warmup(), WARMUP),
                sink, orDefault(settings.rate(), RATE),
                orDefault(settings.duration(), DURATION), orDefault(settings.seed(), SEED),
                orDefault(settings.repeat(), REPEAT), orDefault(settings.sloP99Millis(), SLO_P99_MILLIS),
                orDefault(settings.sinkPartitions(), parallelism));
    }

    /** The same resolved settings, of the cell that set them (a result read back attaches its own cell). */
    public ResolvedCell forCell(CellSettings cell) {
        return new ResolvedCell(cell, guarantee, parallelism, checkpointInterval, warmup, sink, rate, duration, seed,
                repeat, sloP99Millis, sinkPartitions);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
