package io.streambench.bench.run;

import io.streambench.api.engine.EngineSample;
import io.streambench.api.json.Json;
import io.streambench.api.load.LoadProgress;
import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.EngineLoad;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A bounded and a streaming cell run for real (Flink forked from its module, the embedded Kafka broker), checked for
 * the figures that separate the engine from its start-up and from the broker: drain against the raw consumer with the
 * engine's own client, start-up apart, the broker's CPU beside the engine's, and the backlog sampled through the run.
 */
@Tag("integration")
class MeasuredCellsTest {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    static Path output;
    private static ResultsFile results;

    @BeforeAll
    static void runBothCells() {
        MatrixFile matrix = Json.fromYaml("""
                name: measured-cells
                defaults: {engine: flink, broker: kafka, pipeline: clicks-per-page-tumbling, parallelism: 2}
                cells:
                  - {mode: batch, events: 60000}
                  - {mode: continuous, rate: 1000, duration: 25s, warmup: 5s}
                """, MatrixFile.class, "test matrix");
        results = new MatrixRunner(HOME, output, Map.of(), null, (task, total) -> LoadProgress.NONE,
                cell -> { }).run(matrix);
    }

    @Test
    void aBoundedCellDrainsApartFromItsStartUpBesideTheRawConsumerWithTheEnginesClient() {
        CellResult batch = results.cells().get(0);
        assertThat(batch.status()).as(batch.reason()).isEqualTo(CellStatus.OK);
        CellResult.Throughput throughput = batch.throughput();
        assertThat(throughput.drainRate()).isPositive();
        assertThat(throughput.rawConsumerClient()).isEqualTo("kafka-clients 3.4.0");
        assertThat(throughput.rawConsumerRate()).isPositive();
        assertThat(throughput.newestClient()).startsWith("kafka-clients 4.");
        assertThat(batch.startup().seconds()).isPositive().isLessThan(batch.startup().secondsToFirstResult());
        double drainSeconds = 60_000 / throughput.drainRate();
        assertThat(batch.batch().runtimeSeconds()).as("start-up and drain fit in the run")
                .isGreaterThan(batch.startup().seconds() + drainSeconds * 0.5);
        assertThat(batch.batch().runtimeSecondsBySchedule().get("1d"))
                .isGreaterThan(batch.batch().runtimeSecondsBySchedule().get("1h"));
        CellResult.Cost cost = batch.cost();
        assertThat(cost.brokerCpuSeconds()).as("the embedded broker's own JVM").isPositive();
        assertThat(cost.startupCpuSeconds()).isPositive().isLessThan(cost.engineCpuSeconds());
        assertThat(cost.steadyCpuSecondsPerMillionEvents())
                .isCloseTo(cost.steadyEngineCpuSecondsPerMillionEvents() + cost.steadyBrokerCpuSecondsPerMillionEvents(),
                        within(1e-6))
                .isLessThan(cost.cpuSecondsPerMillionEvents());
    }

    @Test
    void aStreamingCellSamplesItsBacklogOnceASecondAndIsJudgedOnIt() {
        CellResult continuous = results.cells().get(1);
        assertThat(continuous.status()).as(continuous.reason()).isEqualTo(CellStatus.OK);
        CellResult.Sustain sustain = continuous.sustain();
        assertThat(sustain.sustained()).as(sustain.why()).isTrue();
        assertThat(sustain.backlog()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(sustain.backlog().get(sustain.backlog().size() - 1).written()).isGreaterThanOrEqualTo(25_000);
        assertThat(sustain.latency()).isNotEmpty();
        CellResult.Cost cost = continuous.cost();
        assertThat(cost.steadyCpuSecondsPerMillionEvents()).isPositive();
        assertThat(cost.engineIdleCores()).isPositive().isLessThan(2);
        assertThat(cost.brokerIdleCores()).isPositive().isLessThan(2);
        assertThat(cost.marginalCpuSecondsPerMillionEvents()).isLessThan(cost.steadyCpuSecondsPerMillionEvents());
        assertThat(continuous.startup().seconds()).isPositive();
    }

    @Test
    void aStreamingCellRecordsTheEnginesOwnReadingsOfItsLoadAndJudgesTheSteadyStretch() {
        CellResult continuous = results.cells().get(1);
        EngineLoad load = continuous.engineLoad();
        assertThat(load).as("Flink's REST API read through the run").isNotNull();
        assertThat(load.samples()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(load.steadySamples()).isPositive();
        EngineSample last = load.samples().get(load.samples().size() - 1);
        assertThat(last.operators()).extracting(EngineSample.OperatorLoad::name)
                .anySatisfy(name -> assertThat(name).startsWith("Source"));
        assertThat(last.operators()).allSatisfy(operator -> {
            assertThat(operator.parallelism()).isEqualTo(2);
            assertThat(operator.busyMsPerSecond()).isBetween(0.0, 1000.0);
            assertThat(operator.backPressuredMsPerSecond()).isBetween(0.0, 1000.0);
        });
        assertThat(load.samples()).anySatisfy(sample ->
                assertThat(sample.figures()).containsKey(EngineSample.CHECKPOINT_DURATION_MS));
        assertThat(load.backpressured()).as(load.summary()).isFalse();
        assertThat(load.summary()).startsWith("not back-pressured: the busiest operator");
    }
}
