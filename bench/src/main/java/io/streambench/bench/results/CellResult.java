package io.streambench.bench.results;

import io.streambench.bench.matrix.CellSettings;

import java.util.List;
import java.util.Map;

/**
 * Everything measured for one matrix cell. Sections that do not apply are null (no latency for a batch run, no
 * freshness for a streaming one).
 *
 * @param status ok, unsupported, failed, or wrong (results differ from the oracle, whatever the speed)
 */
public record CellResult(String id, CellSettings cell, String status, String reason, String sinkLocation,
                         Correctness correctness, Latency latency, Throughput throughput, Cost cost, Startup startup,
                         Batch batch, Recovery recovery, Map<String, Long> counters, String workDir,
                         List<CellResult> repeats, Spread spread) {

    public static final String OK = "ok";
    public static final String UNSUPPORTED = "unsupported";
    public static final String FAILED = "failed";
    public static final String WRONG = "wrong";

    public static CellResult unsupported(String id, CellSettings cell, String reason) {
        return new CellResult(id, cell, UNSUPPORTED, reason, null, null, null, null, null, null, null, null, Map.of(),
                null, List.of(), null);
    }

    public static CellResult failed(String id, CellSettings cell, String reason, String workDir) {
        return new CellResult(id, cell, FAILED, reason, null, null, null, null, null, null, null, null, Map.of(),
                workDir, List.of(), null);
    }

    public CellResult withId(String newId) {
        return new CellResult(newId, cell, status, reason, sinkLocation, correctness, latency, throughput, cost, startup,
                batch, recovery, counters, workDir, repeats, spread);
    }

    public CellResult withRepeats(List<CellResult> runs, Spread spreadOfRuns) {
        return new CellResult(id, cell, status, reason, sinkLocation, correctness, latency, throughput, cost, startup,
                batch, recovery, counters, workDir, runs, spreadOfRuns);
    }

    /** Final results against the oracle. */
    public record Correctness(long expected, long matched, long missing, long extra, long wrong, long duplicated,
                              boolean exact, long lateDroppedByOracle, List<String> differences) {
    }

    /**
     * @param processing visible in the sink minus the largest intended send time of the result's events
     * @param eventTime  visible minus the window end (the event time for a stateless result)
     * @param excludedFlushed results that only appeared because the end-of-input markers closed their windows
     */
    public record Latency(LatencySummary processing, LatencySummary eventTime, long excludedWarmup,
                          long excludedFlushed) {
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
