package io.streambench.bench.run;

import io.streambench.api.pipeline.Window;
import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.matrix.PipelineReference;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the sustainable throughput of a cell: the highest offered rate at which, for a whole probe run of whole
 * windows, the engine keeps up (neither its measured backlog nor its engine-added latency trends upward, see
 * {@link SustainJudgement}), p99 engine-added latency stays under the SLO, and the results are correct. Rates double
 * from the start rate until a probe fails, then {@link #BISECTIONS} bisections narrow the bound. A probe where the
 * loader could not keep its schedule is inconclusive, not a failure of the engine: the search stops there and its
 * figure is a lower bound, which the probes say. The probes that bound the result are reported with it.
 */
final class ThroughputSearch {
    static final long LOADER_SLACK_MILLIS = 1_000;
    private static final int MAX_DOUBLINGS = 8;
    private static final int BISECTIONS = 2;
    private static final Duration PROBE_DURATION = Duration.ofSeconds(40);

    private final CellRunner runner;

    ThroughputSearch(CellRunner runner) {
        this.runner = runner;
    }

    CellResult search(CellSettings cell, String id) {
        long slo = cell.resolved().sloP99Millis();
        double rate = cell.resolved().rate();
        List<CellResult.Probe> probes = new ArrayList<>();
        CellResult best = null;
        double sustained = 0;
        double failedAt = Double.NaN;
        for (int step = 0; step < MAX_DOUBLINGS && Double.isNaN(failedAt); step++, rate *= 2) {
            CellResult probe = probe(cell, id, rate, probes.size());
            if (probe.status() == CellStatus.UNSUPPORTED) {
                return probe;
            }
            CellResult.Probe verdict = judge(probe, rate, slo);
            probes.add(verdict);
            if (verdict.inconclusive()) {
                break;
            }
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
            if (verdict.inconclusive()) {
                break;
            }
            if (verdict.sustained()) {
                sustained = middle;
                best = probe;
            } else {
                failedAt = middle;
            }
        }
        if (best == null) {
            return CellResult.failed(id, cell, "not even the starting rate of "
                    + Math.round(probes.get(0).offeredRate()) + " events/s was sustained: " + probes.get(0).why(), null)
                    .toBuilder().throughput(new CellResult.Throughput(probes.get(0).offeredRate(), 0, 0, null, 0, null,
                            null, null, null, null, null, probes)).build();
        }
        CellResult.Throughput throughput = best.throughput();
        return CellResult.builder(id, cell, best.status()).reason(best.reason()).sinkLocation(best.sinkLocation())
                .correctness(best.correctness()).latency(best.latency())
                .throughput(new CellResult.Throughput(throughput.offeredRate(), throughput.loadRate(),
                        throughput.loaderBehindMillis(), throughput.engineReadRate(), throughput.backlogAtEndOfLoad(),
                        null, null, null, null, null, sustained, probes))
                .cost(best.cost()).startup(best.startup()).counters(best.counters()).workDir(best.workDir())
                .conditions(best.conditions()).sustain(best.sustain()).build();
    }

    private CellResult probe(CellSettings cell, String id, double rate, int index) {
        Duration window = PipelineReference.resolve(cell.pipeline()).windowAggregation()
                .flatMap(aggregation -> windowLength(aggregation.window())).orElse(Duration.ofSeconds(1));
        Duration duration = wholeWindows(cell.duration() == null ? PROBE_DURATION : cell.duration(), window);
        Duration warmup = cell.warmup() == null ? null : wholeWindows(cell.warmup(), window);
        CellSettings atRate = cell.toBuilder().events(null).duration(duration).rate(rate).warmup(warmup).repeat(1)
                .throughputSearch(null).fault(null).build();
        return runner.run(atRate, id + "-probe" + index + "-" + Math.round(rate));
    }

    /** Up to a whole number of windows (of the window's length, or its slide for sliding windows). */
    static Duration wholeWindows(Duration duration, Duration window) {
        long windows = Math.max(1, (duration.toMillis() + window.toMillis() - 1) / window.toMillis());
        return window.multipliedBy(windows);
    }

    private static Optional<Duration> windowLength(Window window) {
        if (window instanceof Window.Tumbling tumbling) {
            return Optional.of(tumbling.size());
        }
        return window instanceof Window.Sliding sliding ? Optional.of(sliding.size()) : Optional.empty();
    }

    static CellResult.Probe judge(CellResult probe, double rate, long sloP99Millis) {
        CellResult.Throughput throughput = probe.throughput();
        if (throughput != null && throughput.loaderBehindMillis() > LOADER_SLACK_MILLIS) {
            return new CellResult.Probe(rate, false, true, Double.NaN, throughput.backlogAtEndOfLoad(),
                    "inconclusive: the loader fell " + throughput.loaderBehindMillis() + " ms behind its schedule");
        }
        if (probe.status() != CellStatus.OK) {
            return new CellResult.Probe(rate, false, false, Double.NaN, -1,
                    probe.status().wireName() + ": " + firstLine(probe.reason()));
        }
        double p99 = probe.latency().engineAdded().p99();
        List<String> failures = new ArrayList<>();
        if (probe.sustain() == null || probe.sustain().sustained() == null) {
            failures.add("whether the engine kept up was not judged"
                    + (probe.sustain() == null ? "" : ": " + probe.sustain().why()));
        }
        if (!probe.latency().measured()) {
            failures.add("no latency measured");
        } else if (p99 > sloP99Millis) {
            failures.add(String.format(Locale.ROOT, "engine-added p99 %.0f ms > SLO %d ms", p99, sloP99Millis));
        }
        return new CellResult.Probe(rate, failures.isEmpty(), false, p99, throughput.backlogAtEndOfLoad(),
                failures.isEmpty() ? "sustained" : String.join("; ", failures));
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
