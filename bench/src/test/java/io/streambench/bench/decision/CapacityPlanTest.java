package io.streambench.bench.decision;

import io.streambench.bench.facts.ScalingSeries;
import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.matrix.SloProfile;
import io.streambench.bench.report.Fixture;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.EngineCluster;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Scaling series and the capacity plan over throughput searches made up from a fixture cell. */
class CapacityPlanTest {
    private static final CellResult TEMPLATE = Fixture.results().cells().get(0);
    private static final String PIPELINE = TEMPLATE.cell().pipeline();

    /** A throughput search's result at one parallelism on a project cluster of 2 workers x 2 slots. */
    static CellResult searched(int parallelism, double sustained, double steadyCpuPerMillion) {
        CellSettings cell = TEMPLATE.cell().toBuilder().parallelism(parallelism).throughputSearch(true).build();
        CellResult.Throughput throughput = new CellResult.Throughput(sustained, sustained, 0, sustained, 0, null, null,
                null, null, null, sustained, List.of());
        CellResult.Cost cost = new CellResult.Cost(10, 1.0, 20, steadyCpuPerMillion, null, null, null, null, null,
                null, null, 500);
        return TEMPLATE.toBuilder().id("search-p" + parallelism).cell(cell).resolved(null).status(CellStatus.OK)
                .throughput(throughput).cost(cost).repeats(List.of())
                .cluster(new EngineCluster(EngineCluster.PROJECT, "flink", "127.0.0.1:8081", null, 2, 2, List.of(),
                        3.0)).build();
    }

    private static final List<CellResult> SEARCHES = List.of(searched(1, 10_000, 30), searched(2, 18_000, 32),
            searched(4, 30_000, 36));

    @Test
    void aSeriesIsOnePipelineOnOneClusterShapeByParallelismWithItsEfficiency() {
        List<ScalingSeries> series = ScalingSeries.of(SEARCHES);

        assertThat(series).singleElement().satisfies(line -> {
            assertThat(line.points()).extracting(ScalingSeries.Point::parallelism).containsExactly(1, 2, 4);
            assertThat(line.ratePerInstanceAtBase()).isEqualTo(10_000);
            assertThat(line.efficiency(line.points().get(1))).isCloseTo(0.9, within(1e-9));
            assertThat(line.efficiency(line.largest())).isCloseTo(0.75, within(1e-9));
            assertThat(line.workers()).isEqualTo(2);
        });
    }

    @Test
    void cellsOffAClusterOrWithoutASearchMakeNoSeries() {
        CellResult local = SEARCHES.get(0).toBuilder().cluster(null).build();

        assertThat(ScalingSeries.of(List.of(local, SEARCHES.get(1)))).isEmpty();
        assertThat(ScalingSeries.of(List.of(SEARCHES.get(0)))).as("one parallelism is no series").isEmpty();
    }

    @Test
    void thePlanExtrapolatesAtTheLargestEfficiencyAndStatesTheRangeAndWhatTheModelLeavesOut() {
        SloProfile profile = new SloProfile("planned", PIPELINE, null, new SloProfile.Slo(null, 1000.0, null, null),
                1_000_000.0);
        ProfileDecision decision = DecisionMaker.decide(profile, SEARCHES);

        List<String> lines = CapacityPlan.lines(decision, "report.html");

        String plan = String.join("\n", lines);
        assertThat(plan).startsWith("**A plan, not a measurement:**");
        // 1,000,000 / (10,000 x 0.75) = 133.3 -> 134 instances; at 0.9: 112; 67 workers of 2 slots; 36 CPU-s/M.
        assertThat(plan).contains("| 134 (112-134) | 67 (56-67) | 36 |");
        assertThat(plan).contains("efficiency 75 % at 4 (75-90 % over 2 points)");
        assertThat(plan).contains("Not in the model: broker partitions");
    }

    @Test
    void withoutScalingMeasurementsThePlanSaysWhatToRun() {
        SloProfile profile = new SloProfile("planned", PIPELINE, null, new SloProfile.Slo(null, 1000.0, null, null),
                1_000_000.0);

        List<String> lines = CapacityPlan.lines(DecisionMaker.decide(profile, List.of(SEARCHES.get(0))), "r.html");

        assertThat(lines).singleElement().asString().contains("bench/matrices/scaling.yaml");
    }
}
