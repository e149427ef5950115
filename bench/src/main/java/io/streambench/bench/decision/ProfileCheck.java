package io.streambench.bench.decision;

import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.bench.facts.CellFacts;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.facts.RecoveryFacts;
import io.streambench.bench.fault.Recovery;
import io.streambench.bench.matrix.SloProfile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks one cell against one profile's SLO, figure by figure, from the measurements only: a figure that was not
 * measured is not met, and a cell whose results differ from the oracle meets nothing.
 */
public final class ProfileCheck {
    static final String LATENCY = "p99 engine-added latency";
    static final String FRESHNESS = "freshness";
    static final String THROUGHPUT = "throughput";
    static final String GUARANTEE = "guarantee";
    static final String UNDER_FAULT = "exactly-once under a fault";
    static final String NOT_OFFERED = "not offered the required rate, so not known";

    private ProfileCheck() {
    }

    public static CellVerdict judge(SloProfile profile, CellResult result) {
        SloProfile.Slo slo = profile.slo();
        List<SloCheck> checks = new ArrayList<>();
        if (slo.p99LatencyMs() != null) {
            checks.add(latency(result, slo.p99LatencyMs()));
        }
        if (slo.maxFreshness() != null) {
            checks.add(freshness(result, slo.maxFreshness().toSeconds()));
        }
        if (slo.minThroughput() != null) {
            checks.add(throughput(result, slo.minThroughput()));
        }
        if (slo.guarantee() != null) {
            checks.add(guarantee(result, slo.guarantee()));
        }
        if (slo.guarantee() == DeliveryGuarantee.EXACTLY_ONCE && result.recovery() != null
                && !RecoveryFacts.restartedWithoutCheckpoint(result)) {
            checks.add(underFault(result.recovery()));
        }
        return new CellVerdict(result, blocker(result), CellFacts.isOk(result) ? checks : List.of());
    }

    private static String blocker(CellResult result) {
        return switch (result.status()) {
            case OK -> null;
            case WRONG -> wrongResults(result);
            case UNSUPPORTED -> "unsupported: " + CellFacts.firstLine(result.reason());
            case NOT_SUSTAINED -> "not sustained, so no figure of it counts: "
                    + CellFacts.firstLine(result.reason());
            default -> result.status().wireName() + ": " + CellFacts.firstLine(result.reason());
        };
    }

    private static String wrongResults(CellResult result) {
        CellResult.Correctness c = result.correctness();
        Recovery recovery = result.recovery();
        String wrong = recovery == null ? "wrong results" : "wrong results under the fault " + recovery.fault() + " ("
                + Figures.count(recovery.lost()) + " lost, " + Figures.count(recovery.duplicated()) + " duplicated)";
        if (c == null) {
            return wrong;
        }
        return wrong + String.format(Locale.ROOT, ": %,d of %,d expected matched, %,d missing, %,d extra, "
                + "%,d wrong values, %,d duplicated", c.matched(), c.expected(), c.missing(), c.extra(), c.wrong(),
                c.duplicated());
    }

    private static SloCheck latency(CellResult result, long requiredMillis) {
        if (!CellFacts.hasLatency(result)) {
            return SloCheck.notMeasured(LATENCY, CellFacts.isBounded(result)
                    ? "no per-result latency: a " + result.cell().mode() + " run delivers all results at its end"
                    : "no latency measured (no window closed during the measured load)");
        }
        double p99 = Figure.P99_LATENCY.of(result).orElseThrow();
        String evidence = "engine-added p99 " + CellFacts.engineAddedP99(result) + (p99 <= requiredMillis ? " <= " : " > ")
                + Figures.millis(requiredMillis) + ", emitting " + result.latency().emission();
        return p99 <= requiredMillis ? SloCheck.met(LATENCY, evidence)
                : SloCheck.missed(LATENCY, evidence, p99 / requiredMillis);
    }

    /**
     * A batch job's freshness is that of its longest schedule that still meets the bound (the fewest runs); a
     * streaming job's results are as fresh as its p99 processing latency.
     */
    private static SloCheck freshness(CellResult result, long maxSeconds) {
        List<BatchSchedule> schedules = BatchSchedule.of(result);
        if (!schedules.isEmpty()) {
            Optional<BatchSchedule> longestMeeting = schedules.stream()
                    .filter(schedule -> schedule.freshnessSeconds() <= maxSeconds)
                    .reduce((shorter, longer) -> longer);
            if (longestMeeting.isPresent()) {
                return SloCheck.met(FRESHNESS, longestMeeting.get().describe() + " <= " + Figures.seconds(maxSeconds));
            }
            BatchSchedule shortest = schedules.get(0);
            return SloCheck.missed(FRESHNESS, shortest.describe() + " > " + Figures.seconds(maxSeconds)
                    + ", even on the shortest schedule", shortest.freshnessSeconds() / maxSeconds);
        }
        if (!CellFacts.hasLatency(result)) {
            return SloCheck.notMeasured(FRESHNESS, "neither a batch runtime nor a latency was measured");
        }
        double p99Seconds = Figure.PROCESSING_P99.of(result).orElseThrow() / 1000;
        String evidence = "results visible within p99 " + Figures.seconds(p99Seconds)
                + (p99Seconds <= maxSeconds ? " <= " : " > ") + Figures.seconds(maxSeconds);
        return p99Seconds <= maxSeconds ? SloCheck.met(FRESHNESS, evidence)
                : SloCheck.missed(FRESHNESS, evidence, p99Seconds / maxSeconds);
    }

    private static SloCheck throughput(CellResult result, double required) {
        Optional<ThroughputFigure> figure = ThroughputFigure.of(result);
        if (figure.isEmpty()) {
            return SloCheck.notMeasured(THROUGHPUT, "no throughput measured");
        }
        ThroughputFigure measured = figure.get();
        if (measured.eventsPerSecond() >= required) {
            return SloCheck.met(THROUGHPUT, measured.describe() + " >= " + Figures.rate(required));
        }
        String evidence = measured.describe() + " < " + Figures.rate(required);
        if (measured.cappedByOfferedRate() && result.throughput().offeredRate() < required) {
            evidence += "; " + NOT_OFFERED;
        }
        return SloCheck.missed(THROUGHPUT, evidence, required / measured.eventsPerSecond());
    }

    /** Exactly-once is kept under a fault only if the fault cost no result and duplicated none. */
    private static SloCheck underFault(Recovery recovery) {
        String evidence = "under " + recovery.fault() + ": " + RecoveryFacts.counts(recovery) + "; "
                + RecoveryFacts.timings(recovery);
        return RecoveryFacts.keptExactlyOnce(recovery) ? SloCheck.met(UNDER_FAULT, evidence)
                : SloCheck.broken(UNDER_FAULT, evidence);
    }

    private static SloCheck guarantee(CellResult result, DeliveryGuarantee required) {
        DeliveryGuarantee ran = CellFacts.guarantee(result);
        boolean met = required == DeliveryGuarantee.AT_LEAST_ONCE || ran == DeliveryGuarantee.EXACTLY_ONCE;
        String evidence = "ran " + ran.wireName() + (result.cell().guarantee() == null ? " (the default)" : "");
        return met ? SloCheck.met(GUARANTEE, evidence)
                : SloCheck.notMeasured(GUARANTEE, evidence + ", not " + required.wireName());
    }
}
