package io.streambench.bench.run;

import io.streambench.api.engine.EngineSample;
import io.streambench.api.engine.EngineSample.OperatorLoad;
import io.streambench.bench.results.EngineLoad;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges a cell's {@link EngineLoad} from the engine's readings in the steady stretch of its load. Medians over the
 * readings, so that one checkpoint or one slow batch does not decide. Flink's rule is its own documented one: the
 * bottleneck is the first operator that is not back-pressured downstream of one that is.
 */
final class EngineLoadJudgement {
    private static final double BACKPRESSURED_MS_PER_SECOND = EngineLoad.BACKPRESSURE_SHARE_PERCENT * 10.0;

    private EngineLoadJudgement() {
    }

    /**
     * @param steadyFrom start of the steady stretch, epoch ms; null if the cell has none
     * @param steadyTo   its end
     * @return null without readings
     */
    static EngineLoad judge(List<EngineSample> samples, Long steadyFrom, Long steadyTo) {
        if (samples.isEmpty()) {
            return null;
        }
        List<EngineSample> steady = steadyFrom == null || steadyTo == null ? List.of()
                : samples.stream().filter(sample -> sample.time() >= steadyFrom && sample.time() <= steadyTo)
                .toList();
        List<EngineSample> judged = steady.isEmpty() ? samples : steady;
        boolean operators = judged.stream().anyMatch(sample -> !sample.operators().isEmpty());
        Verdict verdict = operators ? operatorVerdict(judged) : batchVerdict(judged);
        if (verdict == null) {
            return new EngineLoad(samples, steady.size(), null, null, null);
        }
        return new EngineLoad(samples, steady.size(), steady.isEmpty() ? null : verdict.backpressured(),
                verdict.bottleneck(), verdict.summary());
    }

    private record Verdict(boolean backpressured, String bottleneck, String summary) {
    }

    /** Flink: per operator the median of its readings' busy and back-pressured time, in the job graph's order. */
    private static Verdict operatorVerdict(List<EngineSample> samples) {
        List<String> names = samples.stream().filter(sample -> !sample.operators().isEmpty()).findFirst()
                .orElseThrow().operators().stream().map(OperatorLoad::name).toList();
        Map<String, Double> busy = medianPerOperator(samples, OperatorLoad::busyMsPerSecond);
        Map<String, Double> waiting = medianPerOperator(samples, OperatorLoad::backPressuredMsPerSecond);
        String lastWaiting = null;
        String bottleneck = null;
        for (String name : names) {
            if (waiting.getOrDefault(name, 0.0) >= BACKPRESSURED_MS_PER_SECOND) {
                lastWaiting = name;
            } else if (lastWaiting != null && bottleneck == null) {
                bottleneck = name;
            }
        }
        String busiest = names.stream().max(Comparator.comparingDouble(name -> busy.getOrDefault(name, 0.0)))
                .orElse(null);
        if (lastWaiting != null) {
            String holder = bottleneck == null ? lastWaiting : bottleneck;
            return new Verdict(true, holder, String.format(Locale.ROOT,
                    "back-pressured: %s waits %s of the time on %s, which is %s busy", shortName(lastWaiting),
                    percent(waiting.get(lastWaiting)), shortName(holder), percent(busy.getOrDefault(holder, 0.0))));
        }
        return new Verdict(false, busiest, String.format(Locale.ROOT,
                "not back-pressured: the busiest operator, %s, is %s busy", shortName(busiest),
                percent(busy.getOrDefault(busiest, 0.0))));
    }

    /** Spark: micro-batches against the trigger interval they were due to keep up with. */
    private static Verdict batchVerdict(List<EngineSample> samples) {
        double[] durations = values(samples, EngineSample.BATCH_DURATION_MS);
        if (durations.length == 0) {
            return null;
        }
        double[] triggers = values(samples, EngineSample.TRIGGER_INTERVAL_MS);
        double medianDuration = median(durations);
        double max = Arrays.stream(durations).max().orElse(0);
        if (triggers.length == 0) {
            return new Verdict(false, "micro-batch", String.format(Locale.ROOT,
                    "micro-batches took %s (median), %s at most, with no trigger interval to keep up with",
                    seconds(medianDuration), seconds(max)));
        }
        double trigger = median(triggers);
        long over = Arrays.stream(durations).filter(duration -> duration > trigger).count();
        boolean behind = over * 2 > durations.length;
        return new Verdict(behind, "micro-batch", String.format(Locale.ROOT,
                "%s: micro-batches took %s (median), %s at most, against a %s trigger; %d of %d longer",
                behind ? "falling behind" : "keeping up", seconds(medianDuration), seconds(max), seconds(trigger),
                over, durations.length));
    }

    private static Map<String, Double> medianPerOperator(List<EngineSample> samples,
                                                         Function<OperatorLoad, Double> figure) {
        return samples.stream().flatMap(sample -> sample.operators().stream())
                .collect(Collectors.groupingBy(OperatorLoad::name, Collectors.collectingAndThen(
                        Collectors.mapping(figure, Collectors.toList()),
                        values -> median(values.stream().mapToDouble(Double::doubleValue).toArray()))));
    }

    private static double[] values(List<EngineSample> samples, String figure) {
        return samples.stream().map(sample -> Optional.ofNullable(sample.figures().get(figure)))
                .flatMap(Optional::stream).mapToDouble(Double::doubleValue).toArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Flink names a chained vertex after all its operators ("Source: x -> Map -> ..."); its first two tell it. */
    private static String shortName(String vertex) {
        String[] parts = vertex.split(" -> ");
        return parts.length <= 2 ? vertex : parts[0] + " -> " + parts[1] + " -> ...";
    }

    private static String percent(double msPerSecond) {
        return Math.round(msPerSecond / 10) + " %";
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }
}
