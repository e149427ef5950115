package io.streambench.bench.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.streambench.api.measure.ClockOffset;
import com.fasterxml.jackson.annotation.JsonAlias;
import io.streambench.bench.fault.Recovery;
import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.matrix.ResolvedCell;
import io.streambench.sinks.IcebergCommit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything measured for one matrix cell. Sections that do not apply are null (no latency for a batch run, no
 * freshness for a streaming one).
 * <p>
 * A cell run more than once holds its runs in {@code repeats} and, per figure of {@link Figure} (by its key), the
 * spread of the runs that measured it, whose median is the figure the cell reports ({@link Figure#of}). Its sections
 * are those of one real run, the median one (see the runner's Repeats), so that they stay consistent with each other.
 *
 * @param status  how the cell ended
 * @param sustain streaming cells: the backlog and latency sampled through the run, and whether the engine kept up
 * @param cluster the cluster the engine ran its job on; null when it ran in the engine's own process
 * @param tableCommits an Iceberg sink's table snapshots, oldest first: the commits that made results visible, and the
 *                     files each added (the small-files cost of streaming into a table); empty for other sinks
 */
public record CellResult(String id, CellSettings cell, CellStatus status, String reason, String sinkLocation,
                         Correctness correctness, Latency latency, Throughput throughput, Cost cost, Startup startup,
                         Batch batch, Recovery recovery, Map<String, Long> counters, String workDir,
                         List<CellResult> repeats,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, FigureSpread> spread,
                         Conditions conditions, Sustain sustain, ResolvedCell resolved, EngineLoad engineLoad,
                         EngineCluster cluster,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<IcebergCommit> tableCommits) {

    /**
     * @param resolved the settings the cell ran with, defaults included; a result of schema 3, which lacks them, takes
     *                 this version's defaults
     */
    public CellResult {
        spread = spread == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(spread));
        tableCommits = tableCommits == null ? List.of() : List.copyOf(tableCommits);
        resolved = cell == null ? resolved : resolved == null ? cell.resolved() : resolved.forCell(cell);
    }

    /** A result with the cell's id, settings and status; every other field is named as it is set. */
    public static Builder builder(String id, CellSettings cell, CellStatus status) {
        return new Builder(id, cell, status);
    }

    public static CellResult unsupported(String id, CellSettings cell, String reason) {
        return builder(id, cell, CellStatus.UNSUPPORTED).reason(reason).build();
    }

    public static CellResult failed(String id, CellSettings cell, String reason, String workDir) {
        return builder(id, cell, CellStatus.FAILED).reason(reason).workDir(workDir).build();
    }

    public static CellResult interrupted(String id, CellSettings cell, String workDir) {
        return builder(id, cell, CellStatus.INTERRUPTED).reason("the run was interrupted while this cell ran")
                .workDir(workDir).build();
    }

    /** A builder holding this result's fields, to build a changed copy. */
    public Builder toBuilder() {
        return builder(id, cell, status).reason(reason).sinkLocation(sinkLocation).correctness(correctness)
                .latency(latency).throughput(throughput).cost(cost).startup(startup).batch(batch).recovery(recovery)
                .counters(counters).workDir(workDir).repeats(repeats).spread(spread).conditions(conditions)
                .sustain(sustain).resolved(resolved).engineLoad(engineLoad).cluster(cluster).tableCommits(tableCommits);
    }

    public CellResult withId(String newId) {
        return toBuilder().id(newId).build();
    }

    public CellResult withRepeats(List<CellResult> runs, Map<String, FigureSpread> spreadOfRuns) {
        return toBuilder().repeats(runs).spread(spreadOfRuns).build();
    }

    /** Builds a {@link CellResult}: sections not set stay null, counters, repeats and spread empty. */
    public static final class Builder {
        private String id;
        private CellSettings cell;
        private CellStatus status;
        private String reason;
        private String sinkLocation;
        private Correctness correctness;
        private Latency latency;
        private Throughput throughput;
        private Cost cost;
        private Startup startup;
        private Batch batch;
        private Recovery recovery;
        private Map<String, Long> counters = Map.of();
        private String workDir;
        private List<CellResult> repeats = List.of();
        private Map<String, FigureSpread> spread = Map.of();
        private Conditions conditions;
        private Sustain sustain;
        private ResolvedCell resolved;
        private EngineLoad engineLoad;
        private EngineCluster cluster;
        private List<IcebergCommit> tableCommits = List.of();

        private Builder(String id, CellSettings cell, CellStatus status) {
            this.id = id;
            this.cell = cell;
            this.status = status;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        /** Another cell: its settings are resolved again, not taken from the cell this builder was made from. */
        public Builder cell(CellSettings value) {
            cell = value;
            resolved = null;
            return this;
        }

        public Builder status(CellStatus value) {
            status = value;
            return this;
        }

        public Builder reason(String value) {
            reason = value;
            return this;
        }

        public Builder sinkLocation(String value) {
            sinkLocation = value;
            return this;
        }

        public Builder correctness(Correctness value) {
            correctness = value;
            return this;
        }

        public Builder latency(Latency value) {
            latency = value;
            return this;
        }

        public Builder throughput(Throughput value) {
            throughput = value;
            return this;
        }

        public Builder cost(Cost value) {
            cost = value;
            return this;
        }

        public Builder startup(Startup value) {
            startup = value;
            return this;
        }

        public Builder batch(Batch value) {
            batch = value;
            return this;
        }

        public Builder recovery(Recovery value) {
            recovery = value;
            return this;
        }

        public Builder counters(Map<String, Long> value) {
            counters = value;
            return this;
        }

        public Builder workDir(String value) {
            workDir = value;
            return this;
        }

        public Builder repeats(List<CellResult> value) {
            repeats = value;
            return this;
        }

        public Builder spread(Map<String, FigureSpread> value) {
            spread = value;
            return this;
        }

        public Builder conditions(Conditions value) {
            conditions = value;
            return this;
        }

        public Builder sustain(Sustain value) {
            sustain = value;
            return this;
        }

        public Builder resolved(ResolvedCell value) {
            resolved = value;
            return this;
        }

        public Builder engineLoad(EngineLoad value) {
            engineLoad = value;
            return this;
        }

        public Builder cluster(EngineCluster value) {
            cluster = value;
            return this;
        }

        public Builder tableCommits(List<IcebergCommit> value) {
            tableCommits = value;
            return this;
        }

        public CellResult build() {
            return new CellResult(id, cell, status, reason, sinkLocation, correctness, latency, throughput, cost,
                    startup, batch, recovery, counters, workDir, repeats, spread, conditions, sustain, resolved,
                    engineLoad, cluster, tableCommits);
        }
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
     * @param offeredRate        the open-loop schedule's rate
     * @param loadRate           what the loader achieved
     * @param loaderBehindMillis how far the loader fell behind its schedule at worst
     * @param engineReadRate     messages the engine read per second of the load (null for bounded modes: see drainRate)
     * @param backlogAtEndOfLoad messages written but not yet read when the load ended
     * @param drainRate          bounded modes: events per second from the engine's first read to its last result
     *                           visible, so that start-up (see {@link Startup}) is not in it
     * @param rawConsumerRate    how fast a plain consumer read the same backlog in the same run, timed the same way,
     *                           with the client library and properties of the engine's connector
     * @param rawConsumerClient  that client library and version, e.g. {@code kafka-clients 3.4.0}
     * @param newestClientRate   the same read with the newest client this build has, beside it
     * @param newestClient       that client library and version
     */
    public record Throughput(double offeredRate, double loadRate, long loaderBehindMillis, Double engineReadRate,
                             long backlogAtEndOfLoad, Double drainRate,
                             @JsonAlias("brokerConsumerRate") Double rawConsumerRate, String rawConsumerClient,
                             Double newestClientRate, String newestClient, Double sustainableRate,
                             List<Probe> probes) {
        /** Drain against the raw consumer with the engine's own client: what the engine costs beyond its client. */
        public Double drainToRawConsumer() {
            return drainRate == null || rawConsumerRate == null || rawConsumerRate <= 0 ? null
                    : drainRate / rawConsumerRate;
        }
    }

    /**
     * Whether a streaming cell's engine kept up with the offered rate over the measured period (warm-up end to load
     * end), judged on the backlog and the engine-added latency sampled through the run: either growing is falling
     * behind, whatever the percentiles say.
     *
     * @param sustained              null where the period was too short to judge
     * @param why                    the figures the judgement rests on, in words
     * @param backlogGrowth          messages the backlog grew by over the period, from a line fitted to the samples
     * @param latencyRiseMillis      milliseconds the engine-added latency rose by over the period, the same way
     * @param backlog                once a second from the start of the load
     * @param latency                per second of availability, the largest engine-added latency of the emissions
     */
    public record Sustain(Boolean sustained, String why, double backlogGrowth, Double latencyRiseMillis,
                          List<BacklogSample> backlog, List<LatencyPoint> latency) {
    }

    /**
     * @param seconds since the load started
     * @param written messages the broker had taken (or, where it cannot say, the loader had sent)
     * @param read    messages the engine had read, as it last reported
     * @param backlog written minus read, or the queue's depth where the broker tells it
     */
    public record BacklogSample(double seconds, long written, long read, long backlog) {
    }

    /** The largest engine-added latency of the emissions that became possible in one second since the load started. */
    public record LatencyPoint(double seconds, double millis) {
    }

    /**
     * One run of the throughput search.
     *
     * @param inconclusive the loader could not keep its schedule: the probe says nothing of the engine
     */
    public record Probe(double offeredRate, boolean sustained, Boolean inconclusive, double p99Millis, long backlog,
                        String why) {
        public Probe {
            inconclusive = Boolean.TRUE.equals(inconclusive);
        }
    }

    /**
     * CPU of the engine and of the broker's server process, apart.
     *
     * @param engineCpuSeconds                      the engine processes over the whole run, start-up included
     * @param brokerCpuSeconds                      the broker's server process over the engine's run, the load
     *                                              included for streaming cells (null: not on this machine, or a
     *                                              broker restart changed its process)
     * @param cpuSecondsPerMillionEvents            engine CPU over the whole run per million events: start-up and
     *                                              idle included, so it depends on how long the cell ran
     * @param steadyCpuSecondsPerMillionEvents      engine plus broker CPU per million events between two instants
     *                                              inside the steady load (streaming: from the end of the warm-up to
     *                                              the end of the load; bounded: from the first read to the last
     *                                              result), JIT compilation left out; null where there is no such
     *                                              stretch or no broker reading
     * @param steadyEngineCpuSecondsPerMillionEvents the engine's part of it
     * @param steadyBrokerCpuSecondsPerMillionEvents the broker's part of it
     * @param engineIdleCores                       streaming: CPU-seconds per second the engine used running on
     *                                              without input once the results were in (JIT left out): a cost per
     *                                              hour whatever the rate
     * @param brokerIdleCores                       the broker's, over the same stretch
     * @param marginalCpuSecondsPerMillionEvents    the steady cost less what engine and broker use when idle: what
     *                                              each further event costs (per-request and per-batch work at this
     *                                              rate stays in it)
     * @param startupCpuSeconds                     engine CPU from process start to its first read: a bounded run's
     *                                              fixed cost
     * @param engineCompilerCpuSeconds              of the engine's CPU, what its JIT compiler threads used: warm-up
     * @param peakRssMb                             the engine's peak resident memory
     */
    public record Cost(@JsonAlias("cpuSeconds") double engineCpuSeconds, Double brokerCpuSeconds,
                       double cpuSecondsPerMillionEvents, Double steadyCpuSecondsPerMillionEvents,
                       Double steadyEngineCpuSecondsPerMillionEvents, Double steadyBrokerCpuSecondsPerMillionEvents,
                       Double engineIdleCores, Double brokerIdleCores, Double marginalCpuSecondsPerMillionEvents,
                       Double startupCpuSeconds, Double engineCompilerCpuSeconds, double peakRssMb) {
        /** The figure cells are ranked by: the steady cost where it was measured, else the whole run's. */
        public double perMillionEvents() {
            return steadyCpuSecondsPerMillionEvents != null ? steadyCpuSecondsPerMillionEvents
                    : cpuSecondsPerMillionEvents;
        }
    }

    /**
     * @param seconds              from engine process start to its first read: JVM and job start-up
     * @param secondsToFirstResult from engine process start to the first result visible in the sink
     */
    public record Startup(Double seconds, Double secondsToFirstResult) {
    }

    /**
     * Batch runs: how long the job ran, and per schedule how long a run would take on what arrives in one interval at
     * the cell's rate (the run's fixed part, i.e. its runtime less its drain, plus the interval's events at the drain
     * rate) and how old the newest results would then be (interval + that runtime). Without a drain rate a schedule's
     * runtime is this run's.
     */
    public record Batch(double runtimeSeconds, Map<String, Double> freshnessSecondsBySchedule,
                        Map<String, Double> runtimeSecondsBySchedule) {
        public Batch {
            runtimeSecondsBySchedule = runtimeSecondsBySchedule == null ? Map.of() : runtimeSecondsBySchedule;
        }
    }
}
