package io.streambench.bench.results;

import io.streambench.api.measure.ClockOffset;
import io.streambench.bench.matrix.CellSettings;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything measured for one matrix cell. Sections that do not apply are null (no latency for a batch run, no
 * freshness for a streaming one).
 *
 * @param status ok, unsupported, failed, or wrong (results differ from the oracle, whatever the speed)
 */
public record CellResult(String id, CellSettings cell, String status, String reason, String sinkLocation,
                         Correctness correctness, Latency latency, Throughput throughput, Cost cost, Startup startup,
                         Batch batch, Recovery recovery, Map<String, Long> counters, String workDir,
                         List<CellResult> repeats, Spread spread, Conditions conditions) {

    public static final String OK = "ok";
    public static final String UNSUPPORTED = "unsupported";
    public static final String FAILED = "failed";
    public static final String WRONG = "wrong";

    public static CellResult unsupported(String id, CellSettings cell, String reason) {
        return new CellResult(id, cell, UNSUPPORTED, reason, null, null, null, null, null, null, null, null, Map.of(),
                null, List.of(), null, null);
    }

    public static CellResult failed(String id, CellSettings cell, String reason, String workDir) {
        return new CellResult(id, cell, FAILED, reason, null, null, null, null, null, null, null, null, Map.of(),
                workDir, List.of(), null, null);
    }

    public CellResult withId(String newId) {
        return new CellResult(newId, cell, status, reason, sinkLocation, correctness, latency, throughput, cost, startup,
                batch, recovery, counters, workDir, repeats, spread, conditions);
    }

    public CellResult withRepeats(List<CellResult> runs, Spread spreadOfRuns) {
        return new CellResult(id, cell, status, reason, sinkLocation, correctness, latency, throughput, cost, startup,
                batch, recovery, counters, workDir, runs, spreadOfRuns, conditions);
    }

    /** Final results against the oracle. */
    public record Correctness(long expected, long matched, long missing, long extra, long wrong, long duplicated,
                              boolean exact, long lateDroppedByOracle, List<String> differences) {
    }

    /**
     * Latency of the emissions written after the warm-up, from the intended send times of the open-loop schedule.
     *
     * @param emission        when the engine wrote the results (the cell's emission semantics, e.g. {@code final})
     * @param engineAdded     visible minus availability, one sample per emission: the headline. Availability is when the
     *                        pipeline's semantics first allowed the emission (see the oracle's Availability); a
     *                        zero-delay engine scores 0
     * @param firstResult     per result, the engine-added latency of its first emission
     * @param finalResult     per result, the engine-added latency of the emission that first carried its final value
     * @param processing      visible minus the largest intended send time of the emission's events
     * @param eventTime       visible minus the window end (the event time of a stateless result); none for count windows
     * @param firings         how many window firings the percentiles come from: distinct availability instants
     * @param enoughFirings   whether there were at least {@value #ENOUGH_FIRINGS} of them
     * @param decomposition   where the processing latency goes, on average
     * @param excludedWarmup  emissions of windows that started in the warm-up
     * @param excludedFlushed emissions that only the end-of-input markers made possible
     */
    public record Latency(String emission, LatencySummary engineAdded, LatencySummary firstResult,
                          LatencySummary finalResult, LatencySummary processing, LatencySummary eventTime,
                          long firings, boolean enoughFirings, Decomposition decomposition, long excludedWarmup,
                          long excludedFlushed) {
        public static final int ENOUGH_FIRINGS = 100;

        public boolean measured() {
            return engineAdded.count() > 0;
        }
    }

    /**
     * Mean milliseconds from an emission's last event to when it was visible, in the order they pass: event time
     * reaching the window end, the watermark bound, the allowed lateness (final emissions only), and what the engine
     * added. They add up to the mean processing latency.
     */
    public record Decomposition(double windowWaitMillis, double watermarkBoundMillis, double latenessMillis,
                                double engineMillis) {
        public double totalMillis() {
            return windowWaitMillis + watermarkBoundMillis + latenessMillis + engineMillis;
        }
    }

    /**
     * What a reader needs to trust the figures: the emission the engine used, the harness's own delay in getting the
     * load to the broker, the clock offsets between the bench and what stamps visible times, and warnings (too few
     * firings, a harness slower than its budget, results visible before they were possible), the broker clients'
     * properties beyond streambench's own (secrets redacted), and the loader's process and cost.
     */
    public record Conditions(String emission, Harness harness, List<ClockOffset> clocks, List<String> warnings,
                             Map<String, String> clientProperties, Loader loader) {
        public Conditions {
            clocks = clocks == null ? List.of() : List.copyOf(clocks);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
            clientProperties = clientProperties == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(clientProperties));
        }

        /** Conditions known before the load, which adds the loader's. */
        public Conditions(String emission, Harness harness, List<ClockOffset> clocks, List<String> warnings,
                          Map<String, String> clientProperties) {
            this(emission, harness, clocks, warnings, clientProperties, null);
        }

        public Conditions withLoader(Loader newLoader) {
            return new Conditions(emission, harness, clocks, warnings, clientProperties, newLoader);
        }
    }

    /**
     * The load generator: in which process it ran, on which CPUs ({@code cpuSet} as given to taskset; null when it was
     * not pinned), and its CPU seconds while loading (from its plan to its report) and before (JVM start and opening
     * its writer).
     */
    public record Loader(String process, String cpuSet, double cpuSeconds, double startupCpuSeconds) {
    }

    /**
     * From each event's intended send time until the broker took it ({@code measuredBy} says how that is known), and
     * whether its p99 stayed within the budget the harness allows itself.
     */
    public record Harness(String measuredBy, LatencySummary arrivalDelay, double budgetP99Millis, boolean withinBudget) {
    }

    /**
     * @param offeredRate   the open-loop schedule's rate
     * @param loadRate      what the loader achieved
     * @param loaderBehindMillis how far the loader fell behind its schedule at worst
     * @param engineReadRate messages the engine read per second of the load (null for bounded modes: see drainRate)
     * @param backlogAtEndOfLoad messages written but not yet read when the load ended
     * @param drainRate     bounded modes: events per second from job start to finish
     * @param brokerConsumerRate the raw rate of a plain consumer reading the same backlog, in the same run
     */
    public record Throughput(double offeredRate, double loadRate, long loaderBehindMillis, Double engineReadRate,
                             long backlogAtEndOfLoad, Double drainRate, Double brokerConsumerRate,
                             Double sustainableRate, List<Probe> probes) {
    }

    /** One run of the throughput search. */
    public record Probe(double offeredRate, boolean sustained, double p99Millis, long backlog, String why) {
    }

    /** Engine process cost: CPU seconds per million events, peak resident memory. */
    public record Cost(double cpuSeconds, double cpuSecondsPerMillionEvents, double peakRssMb) {
    }

    /** From engine process start to the first result visible in the sink. */
    public record Startup(double secondsToFirstResult) {
    }

    /**
     * Batch runs: how long the job ran, and how old the newest results would be with each schedule
     * (interval + runtime).
     */
    public record Batch(double runtimeSeconds, Map<String, Double> freshnessSecondsBySchedule) {
    }

    /**
     * A fault and what it cost: when it was injected (epoch ms), how long the recovery action took (the engine's or
     * broker's restart), seconds from the fault until results flowed again and until a result's latency was back
     * under the SLO (null: never), results lost (missing, or with a wrong value: events lost or counted twice) and
     * duplicated against the oracle, and for PostgreSQL how often rows
     * were rewritten (replays the upsert absorbed), and what the restarted engine read.
     */
    public record Recovery(String fault, long injectedAt, double recoveryActionSeconds, Double secondsToResults,
                           Double secondsToLatencyUnderSlo, long sloMillis, long lost, long duplicated,
                           Long postgresRewrites, Replay replay) {
    }

    /**
     * Where the restarted engine resumed ({@code checkpoint}, {@code savepoint}, or without either from
     * {@code earliest}, {@code latest} or a timestamp), the events it read before the fault and after the restart,
     * and the events its start position promised to read after the restart (null where the broker cannot say), in
     * words as well.
     */
    public record Replay(String resumedFrom, long readBeforeFault, long readAfterRestart, Long promisedRead,
                         String promise) {
    }

    /** Median and range of the repeated runs' key figures. */
    public record Spread(int runs, Double p99MedianMillis, Double p99MinMillis, Double p99MaxMillis,
                         Double cpuPerMillionMedian, Double runtimeMedianSeconds, Double relativeSpread) {
    }
}
