package io.streambench.bench.run;

import io.streambench.api.oracle.EventTimeSemantics;
import io.streambench.api.oracle.OracleResult;
import io.streambench.api.oracle.ReferenceOracle;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.Emission;
import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.results.CellResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The latency measurement against simulated engines over a real workload and the real oracle: an engine that shows
 * every emission at the moment the pipeline allows it, one that adds a known delay, and the cuts (warm-up, end of
 * input) and the decomposition. No engine runs here; what is simulated is only when results become visible.
 */
class LatencyMeasurementTest {
    private static final long START = 1_800_000_000_000L;
    private static final long WARMUP_MILLIS = 10_000;
    private static final long MEASURED_FROM = START + WARMUP_MILLIS;

    /** 70 s at 2,000 events/s, as the bench loads it. */
    private static final CellWorkload WORKLOAD = CellWorkload.of(CellSettings.builder()
            .duration(Duration.ofSeconds(70)).rate(2_000.0).build(), START);

    private static Pipeline pipeline(String name) {
        return ReadyPipelines.byName(name).withSink(Sink.memory("test"));
    }

    private static OracleResult oracle(Pipeline pipeline) {
        return ReferenceOracle.compute(pipeline, WORKLOAD.replay(), EventTimeSemantics.STREAMING);
    }

    /** Each final result made visible {@code delayMillis} after its availability; results the markers close at the end. */
    private static List<ObservedResult> simulatedEngine(OracleResult oracle, Emission emission, long delayMillis) {
        List<ObservedResult> emitted = new ArrayList<>();
        long endOfInput = START + 71_000;
        for (WindowResult result : oracle.results()) {
            OptionalLong available = oracle.availability().of(result, emission);
            long visible = (available.isPresent() ? available.getAsLong() : endOfInput) + delayMillis;
            emitted.add(new ObservedResult(result, visible, visible));
        }
        emitted.sort(Comparator.comparingLong(ObservedResult::visibleTime));
        return emitted;
    }

    private static CellResult.Latency measure(Pipeline pipeline, OracleResult oracle, Emission emission,
                                              List<ObservedResult> emitted) {
        return LatencyMeasurement.of(emitted, oracle.results(), new EmissionTiming(oracle.availability(), emission),
                pipeline.hasEventTimeWindow(), pipeline.windowAggregation()
                        .map(aggregation -> !aggregation.window().isEventTime()).orElse(false), MEASURED_FROM);
    }

    @Test
    void anEngineThatEmitsEveryWindowWhenItIsAllowedAddsNothing() {
        Pipeline pipeline = pipeline(ReadyPipelines.LATENCY);
        OracleResult oracle = oracle(pipeline);
        CellResult.Latency latency = measure(pipeline, oracle, Emission.ON_WATERMARK,
                simulatedEngine(oracle, Emission.ON_WATERMARK, 0));

        assertThat(latency.engineAdded().p99()).isLessThanOrEqualTo(5);
        assertThat(latency.engineAdded().negative()).isZero();
        // what the old headline measured: window and watermark bound, not the engine
        assertThat(latency.processing().p50()).isGreaterThan(5_000);
        assertThat(latency.enoughFirings()).isTrue();
    }

    @Test
    void aKnownDelayIsMeasuredAsThatDelayInEveryEmission() {
        for (Emission emission : List.of(Emission.ON_WATERMARK, Emission.FINAL, Emission.EVERY_TRIGGER)) {
            Pipeline pipeline = pipeline(ReadyPipelines.LATENCY);
            OracleResult oracle = oracle(pipeline);
            CellResult.Latency latency = measure(pipeline, oracle, emission, simulatedEngine(oracle, emission, 250));

            assertThat(latency.engineAdded().p50()).as(emission.wireName()).isCloseTo(250, within(1.0));
            assertThat(latency.engineAdded().p99()).as(emission.wireName()).isCloseTo(250, within(1.0));
            assertThat(latency.firstResult().p99()).as(emission.wireName()).isCloseTo(250, within(1.0));
            assertThat(latency.finalResult().count()).as(emission.wireName()).isEqualTo(latency.firstResult().count());
            assertThat(latency.emission()).isEqualTo(emission.wireName());
        }
    }

    @Test
    void theLatenessAppearsInTheDecompositionOfFinalEmissionsNotInWhatTheEngineAdded() {
        Pipeline pipeline = pipeline(ReadyPipelines.LATENCY);
        OracleResult oracle = oracle(pipeline);
        CellResult.Latency onWatermark = measure(pipeline, oracle, Emission.ON_WATERMARK,
                simulatedEngine(oracle, Emission.ON_WATERMARK, 100));
        CellResult.Latency whenFinal = measure(pipeline, oracle, Emission.FINAL,
                simulatedEngine(oracle, Emission.FINAL, 100));

        CellResult.Decomposition early = onWatermark.decomposition();
        CellResult.Decomposition late = whenFinal.decomposition();
        assertThat(early.latenessMillis()).isZero();
        // the pipeline's bound is 5 s and its lateness 2 s; event time runs with send time here, but a window whose last
        // event came out of order (by up to 3 s) waits less than the bound after it
        assertThat(early.watermarkBoundMillis()).isBetween(4_500.0, 5_000.0);
        assertThat(late.latenessMillis()).isCloseTo(2_000, within(50.0));
        assertThat(early.engineMillis()).isCloseTo(100, within(0.5));
        assertThat(late.engineMillis()).isCloseTo(100, within(0.5));
        assertThat(early.totalMillis()).isCloseTo(meanProcessing(oracle, onWatermark, Emission.ON_WATERMARK, 100),
                within(1.0));
        assertThat(whenFinal.engineAdded().p99()).isCloseTo(onWatermark.engineAdded().p99(), within(1.0));
        assertThat(whenFinal.processing().p50()).isGreaterThan(onWatermark.processing().p50() + 1_900);
    }

    @Test
    void warmupIsCutByWindowStartAndWindowsOnlyTheEndOfInputClosesAreLeftOut() {
        Pipeline pipeline = pipeline(ReadyPipelines.LATENCY);
        OracleResult oracle = oracle(pipeline);
        CellResult.Latency latency = measure(pipeline, oracle, Emission.ON_WATERMARK,
                simulatedEngine(oracle, Emission.ON_WATERMARK, 0));

        long startedInWarmup = oracle.results().stream().filter(result -> result.windowStart() < MEASURED_FROM).count();
        long closedByTheLoad = oracle.results().stream()
                .filter(result -> oracle.availability().of(result, Emission.ON_WATERMARK).isPresent()).count();
        long closedAtTheEnd = oracle.results().size() - closedByTheLoad;
        assertThat(closedAtTheEnd).as("windows within the 5 s bound of the last event").isPositive();
        assertThat(latency.excludedFlushed()).isEqualTo(closedAtTheEnd);
        assertThat(latency.excludedWarmup()).isEqualTo(startedInWarmup);
        assertThat(latency.engineAdded().count()).isEqualTo(closedByTheLoad - startedInWarmup);
        // half-second windows from 10 s to 65 s (the last 5 s wait for the end-of-input markers): 110 firings
        assertThat(latency.firings()).isBetween(108L, 111L);
    }

    @Test
    void afewFiringsAreCountedAsFew() {
        Pipeline pipeline = pipeline("clicks-per-page-tumbling");
        OracleResult oracle = oracle(pipeline);
        CellResult.Latency latency = measure(pipeline, oracle, Emission.ON_WATERMARK,
                simulatedEngine(oracle, Emission.ON_WATERMARK, 0));

        // 10 s windows starting at 10, 20, 30, 40, 50 s close before the last event (60 s would need 75 s)
        assertThat(latency.firings()).isEqualTo(5);
        assertThat(latency.enoughFirings()).isFalse();
    }

    @Test
    void countWindowsAreMeasuredFromTheEventThatCompletesThem() {
        Pipeline pipeline = pipeline("purchases-per-user-count");
        OracleResult oracle = oracle(pipeline);
        CellResult.Latency latency = measure(pipeline, oracle, Emission.ON_COMPLETION,
                simulatedEngine(oracle, Emission.ON_COMPLETION, 40));

        assertThat(latency.engineAdded().p99()).isCloseTo(40, within(1.0));
        assertThat(latency.processing().p99()).isCloseTo(40, within(1.0));
        assertThat(latency.eventTime()).isNull();
        assertThat(latency.excludedFlushed()).isZero();
    }

    @Test
    void statelessResultsAreMeasuredFromTheirOwnEvent() {
        Pipeline pipeline = pipeline("enriched-clicks");
        OracleResult oracle = oracle(pipeline);
        CellResult.Latency latency = measure(pipeline, oracle, Emission.ON_COMPLETION,
                simulatedEngine(oracle, Emission.ON_COMPLETION, 7));

        assertThat(latency.engineAdded().p50()).isCloseTo(7, within(1.0));
        assertThat(latency.enoughFirings()).isTrue();
    }

    @Test
    void resultsVisibleBeforeTheyWerePossibleAreCountedNotClampedToZero() {
        Pipeline pipeline = pipeline(ReadyPipelines.LATENCY);
        OracleResult oracle = oracle(pipeline);
        CellResult.Latency latency = measure(pipeline, oracle, Emission.ON_WATERMARK,
                simulatedEngine(oracle, Emission.ON_WATERMARK, -3));

        assertThat(latency.engineAdded().negative()).isEqualTo(latency.engineAdded().count());
        assertThat(latency.engineAdded().min()).isEqualTo(-3);
        assertThat(latency.engineAdded().p99()).isEqualTo(-3);
    }

    @Test
    void updatesAreEachMeasuredFromTheirOwnAvailability() {
        Pipeline pipeline = pipeline(ReadyPipelines.LATENCY);
        OracleResult oracle = oracle(pipeline);
        List<ObservedResult> emitted = new ArrayList<>(simulatedEngine(oracle, Emission.ON_WATERMARK, 20));
        // a replay of every emission, a second later: each sample measures its own emission
        List<ObservedResult> replays = emitted.stream().map(observed -> new ObservedResult(observed.result(),
                observed.emitTime() + 1_000, observed.visibleTime() + 1_000)).toList();
        emitted.addAll(replays);
        CellResult.Latency latency = measure(pipeline, oracle, Emission.ON_WATERMARK, emitted);

        assertThat(latency.firstResult().p99()).isCloseTo(20, within(1.0));
        assertThat(latency.finalResult().p99()).isCloseTo(20, within(1.0));
        assertThat(latency.engineAdded().p99()).isCloseTo(1_020, within(2.0));
        assertThat(latency.engineAdded().p50()).isCloseTo(20, within(1.0));
    }

    private static double meanProcessing(OracleResult oracle, CellResult.Latency latency, Emission emission,
                                         long delayMillis) {
        return oracle.results().stream().filter(result -> result.windowStart() >= MEASURED_FROM)
                .mapToLong(result -> oracle.availability().of(result, emission).stream()
                        .map(available -> available + delayMillis - result.maxSendTime()).findFirst().orElse(-1))
                .filter(processing -> processing >= 0).average().orElseThrow();
    }
}
