package io.streambench.bench.decision;

import io.streambench.bench.matrix.SloProfile;
import io.streambench.bench.results.EngineLoad;
import io.streambench.bench.report.Fixture;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The decisions the fixture's measured runs support, profile by profile. */
class DecisionMakerTest {
    private static final ResultsFile FIXTURE = Fixture.results();

    @Test
    void theCheapestCellThatMetEveryFigureIsChosenWhenSomethingReacts() {
        ProfileDecision fraudAlerts = decide("fraud-alerts");

        CellResult chosen = fraudAlerts.decision().orElseThrow().result();
        assertThat(fraudAlerts.met()).extracting(verdict -> verdict.result().id()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(fraudAlerts.met()).allSatisfy(verdict -> assertThat(verdict.result().cost().cpuSecondsPerMillionEvents())
                .isGreaterThanOrEqualTo(chosen.cost().cpuSecondsPerMillionEvents()));
        assertThat(chosen.cell().mode().toString()).isEqualTo("continuous");
        assertThat(fraudAlerts.verdicts().get(0)).isEqualTo(fraudAlerts.decision().get());
    }

    @Test
    void whenNothingReactsAScheduledBatchJobThatMetComesFirstEvenIfStreamingCostsLess() {
        ProfileDecision dashboard = decide("hourly-dashboard");

        CellResult chosen = dashboard.decision().orElseThrow().result();
        assertThat(chosen.batch()).isNotNull();
        CellResult cheapestStreaming = dashboard.met().stream().map(CellVerdict::result)
                .filter(result -> result.batch() == null).min(DecisionMaker.CHEAPEST).orElseThrow();
        assertThat(cheapestStreaming.cost().cpuSecondsPerMillionEvents())
                .as("the fixture's throughput search ran at rates where streaming costs less per event than batch")
                .isLessThan(chosen.cost().cpuSecondsPerMillionEvents());
        assertThat(RunnersUp.whyNot(verdictOf(dashboard, cheapestStreaming), dashboard))
                .contains("it is a continuous job and nothing automated reacts to the results, so a scheduled batch "
                        + "job that met the profile comes first");

        SloProfile reacting = new SloProfile("reacting", "clicks-per-page-500ms", "a pricing system",
                dashboard.profile().slo(), null);
        assertThat(DecisionMaker.decide(reacting, FIXTURE.cells()).decision().orElseThrow().result())
                .as("with something reacting, cost decides").isEqualTo(cheapestStreaming);
    }

    @Test
    void whereNothingMetTheClosestCellIsTheOneThatMissedFewestFiguresByLeast() {
        ProfileDecision payments = decide("payments-exactly-once");

        assertThat(payments.decision()).isEmpty();
        CellVerdict closest = payments.closest().orElseThrow();
        CellVerdict exactlyOnce = payments.verdicts().stream()
                .filter(verdict -> verdict.result().cell().guarantee() != null).findFirst().orElseThrow();
        assertThat(exactlyOnce.misses()).extracting(SloCheck::criterion).containsExactly(ProfileCheck.LATENCY, ProfileCheck.THROUGHPUT);
        assertThat(closest.result().throughput().sustainableRate()).as("the throughput search").isNotNull();
        assertThat(closest.misses()).extracting(SloCheck::criterion).containsExactly(ProfileCheck.GUARANTEE);
    }

    @Test
    void anOptionThatMissedWhileItsEngineWasBackPressuredIsCalledUnderProvisionedNotSlow() {
        ProfileDecision payments = decide("payments-exactly-once");
        CellVerdict missed = payments.verdicts().stream()
                .filter(verdict -> verdict.result().cell().guarantee() != null).findFirst().orElseThrow();
        String summary = "back-pressured: Source: kafka waits 60 % of the time on window, which is 97 % busy";
        CellResult backpressured = missed.result().toBuilder()
                .engineLoad(new EngineLoad(List.of(), 10, true, "window", summary)).build();
        List<CellResult> cells = FIXTURE.cells().stream().map(cell -> cell == missed.result() ? backpressured : cell)
                .toList();

        ProfileDecision withLoad = DecisionMaker.decide(payments.profile(), cells);

        CellVerdict verdict = verdictOf(withLoad, backpressured);
        assertThat(verdict.underProvisioned()).hasValue("under-provisioned at parallelism "
                + backpressured.resolved().parallelism() + " (" + summary + ")");
        assertThat(RunnersUp.whyNot(verdict, withLoad)).contains("under-provisioned at parallelism")
                .endsWith("more parallelism may meet it.");
        assertThat(verdictOf(payments, missed.result()).underProvisioned()).as("without the engine's readings")
                .isEmpty();
    }

    @Test
    void aCellWithWrongResultsIsNeverChosenHoweverCheap() {
        ProfileDecision fraudAlerts = decide("fraud-alerts");
        CellResult cheapest = fraudAlerts.decision().orElseThrow().result();
        List<CellResult> cells = FIXTURE.cells().stream()
                .map(cell -> cell == cheapest ? Cells.withStatus(cell, CellStatus.WRONG, "WRONG: 3 extra") : cell)
                .toList();

        ProfileDecision withWrong = DecisionMaker.decide(fraudAlerts.profile(), cells);

        assertThat(withWrong.decision().orElseThrow().result().id()).isNotEqualTo(cheapest.id());
        assertThat(withWrong.verdicts()).filteredOn(verdict -> verdict.result().id().equals(cheapest.id()))
                .singleElement().satisfies(verdict -> assertThat(verdict.blocker()).startsWith("wrong results"));
    }

    @Test
    void onlyCellsOfTheProfilesPipelineAreOptions() {
        ProfileDecision feed = decide("enriched-click-feed");

        assertThat(feed.verdicts()).extracting(verdict -> verdict.result().cell().pipeline()).containsOnly("enriched-clicks");
        assertThat(feed.decision()).isPresent();
    }

    private static ProfileDecision decide(String profile) {
        return DecisionMaker.decide(FIXTURE.matrix().profiles().stream().filter(p -> p.name().equals(profile))
                .findFirst().orElseThrow(), FIXTURE.cells());
    }

    private static CellVerdict verdictOf(ProfileDecision decision, CellResult result) {
        return decision.verdicts().stream().filter(verdict -> verdict.result() == result).findFirst().orElseThrow();
    }
}
