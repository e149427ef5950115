package io.streambench.bench.run;

import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.results.CellResult;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the sustainable throughput of a cell: the highest offered rate at which, for a whole probe run, the loader
 * keeps its schedule, the engine's backlog at the end of the load stays under {@link #BACKLOG_SECONDS} of input, p99
 * engine-added latency stays under the SLO, and the results are correct. Rates double from the start rate until a probe
 * fails, then {@link #BISECTIONS} bisections narrow the bound. The probes that bound the result are reported with it.
 */
final class ThroughputSearch {
    static final double BACKLOG_SECONDS = 2.0;
    static final long LOADER_SLACK_MILLIS = 1_000;
    static final long DEFAULT_SLO_P99_MILLIS = 30_000;
    private static final int MAX_DOUBLINGS = 8;
    private static final int BISECTIONS = 2;
    private static final Duration PROBE_DURATION = Duration.ofSeconds(40);

    private final CellRunner runner;

    ThroughputSearch(CellRunner runner) {
        this.runner = runner;
    }

    CellResult search(CellSettings cell, String id) {
        long slo = cell.sloP99Millis() == null ? DEFAULT_SLO_P99_MILLIS : cell.sloP99Millis();
        double rate = cell.rate() == null ? CellWorkload.DEFAULT_RATE : cell.rate();
        List<CellResult.Probe> probes = new ArrayList<>();
        CellResult best = null;
        double sustained = 0;
        double failedAt = Double.NaN;
        for (int step = 0; step < MAX_DOUBLINGS && Double.isNaN(failedAt); step++, rate *= 2) {
            CellResult probe = probe(cell, id, rate, probes.size());
            if (probe.status().equals(CellResult.UNSUPPORTED)) {
                return probe;
            }
            CellResult.Probe verdict = judge(probe, rate, slo);
            probes.add(verdict);
            if (verdict.sustained()) {
                sustained = rate;
                best = probe;
            } else {
                failedAt = rate;
            }
        }
        for (int step = 0; step < BISECTIONS && !Double.isNaN(failedAt) && sustained > 0; step++) {
            double middle = (sustained + failedAt) / 2;
            CellResult probe = probe(cell, id, middle, probes.size());
            CellResult.Probe verdict = judge(probe, middle, slo);
            probes.add(verdict);
            if (verdict.sustained()) {
                sustained = middle;
                best = probe;
            } else {
                failedAt = middle;
            }
        }
        if (best == null) {
            CellResult failed = CellResult.failed(id, cell, "not even the starting rate of "
                    + Math.round(probes.get(0).offeredRate()) + " events/s was sustained: " + probes.get(0).why(), null);
            return new CellResult(id, cell, failed.status(), failed.reason(), null, null, null,
                    new CellResult.Throughput(probes.get(0).offeredRate(), 0, 0, null, 0, null, null, null, probes),
                    null, null, null, null, failed.counters(), null, List.of(), null, null);
        }
        CellResult.Throughput throughput = best.throughput();
        return new CellResult(id, cell, best.status(), best.reason(), best.sinkLocation(), best.correctness(),
                best.latency(), new CellResult.Throughput(throughput.offeredRate(), throughput.loadRate(),
                throughput.loaderBehindMillis(), throughput.engineReadRate(), throughput.backlogAtEndOfLoad(),
                null, null, sustained, probes), best.cost(), best.startup(), null, null, best.counters(), best.workDir(),
                List.of(), null, best.conditions());
    }

    private CellResult probe(CellSettings cell, String id, double rate, int index) {
        CellSettings atRate = new CellSettings(cell.engine(), cell.broker(), cell.pipeline(), cell.mode(), null,
                cell.duration() == null ? PROBE_DURATION : cell.duration(), rate, cell.warmup(), cell.guarantee(),
                cell.parallelism(), cell.checkpointInterval(), cell.seed(), cell.sink(), 1, null, cell.sloP99Millis(),
                null, cell.emission(), cell.loaderCpus());
        return runner.run(atRate, id + "-probe" + index + "-" + Math.round(rate));
    }

    static CellResult.Probe judge(CellResult probe, double rate, long sloP99Millis) {
        if (!CellResult.OK.equals(probe.status())) {
            return new CellResult.Probe(rate, false, Double.NaN, -1, probe.status() + ": " + firstLine(probe.reason()));
        }
        CellResult.Throughput throughput = probe.throughput();
        double p99 = probe.latency().engineAdded().p99();
        List<String> failures = new ArrayList<>();
        if (throughput.loaderBehindMillis() > LOADER_SLACK_MILLIS) {
            failures.add("the loader fell " + throughput.loaderBehindMillis() + " ms behind its schedule");
        }
        if (throughput.backlogAtEndOfLoad() > rate * BACKLOG_SECONDS) {
            failures.add(String.format(Locale.ROOT, "backlog %d > %.0f (%.0f s of input)", throughput.backlogAtEndOfLoad(),
                    rate * BACKLOG_SECONDS, BACKLOG_SECONDS));
        }
        if (!probe.latency().measured()) {
            failures.add("no latency measured");
        } else if (p99 > sloP99Millis) {
            failures.add(String.format(Locale.ROOT, "engine-added p99 %.0f ms > SLO %d ms", p99, sloP99Millis));
        }
        return new CellResult.Probe(rate, failures.isEmpty(), p99, throughput.backlogAtEndOfLoad(),
                failures.isEmpty() ? "sustained" : String.join("; ", failures));
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
