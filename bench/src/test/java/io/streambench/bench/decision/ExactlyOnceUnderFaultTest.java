package io.streambench.bench.decision;

import io.streambench.bench.report.Fixture;
import io.streambench.bench.report.HtmlReport;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Profiles that require exactly-once, judged with the hand-written results of cells under faults. */
class ExactlyOnceUnderFaultTest {
    private static final ResultsFile RECOVERY = Fixture.recoveryResults();
    private static final String DECISION = DecisionReport.render(RECOVERY, "report.html");
    private static final String KEPT_UNDER_KILL = "under kill-engine@25s: 0 lost, 0 duplicated, 412 rewrites absorbed "
            + "by the PostgreSQL upsert; the recovery action took 3.4 s, results flowed again after 19.6 s, latency was "
            + "under 10,000 ms after 31.2 s";

    @Test
    void anExactlyOnceCellThatDuplicatedUnderAFaultDoesNotMeetTheProfileHoweverCheap() {
        ProfileDecision ledger = decide("ledger-exactly-once");
        CellVerdict afterPlannedRestart = verdict(ledger, "02-");

        assertThat(afterPlannedRestart.met()).isFalse();
        assertThat(afterPlannedRestart.misses()).singleElement().satisfies(miss -> {
            assertThat(miss.criterion()).isEqualTo(ProfileCheck.UNDER_FAULT);
            assertThat(miss.evidence()).startsWith("under planned-restart@25s: 0 lost, 1,650 duplicated; ");
            assertThat(miss.missFactor()).isInfinite();
        });
        assertThat(afterPlannedRestart.result().cost().cpuSecondsPerMillionEvents())
                .as("cheaper than the decision: only its duplicates rule it out")
                .isLessThan(ledger.decision().orElseThrow().result().cost().cpuSecondsPerMillionEvents());
        assertThat(section(1, "ledger-exactly-once")).contains("- [flink / kafka / continuous @ 2,000/s, exactly-once]"
                + "(report.html#cell-02-flink-kafka-clicks-per-page-tumbling-continuous-kafka-planned-restart-25s): "
                + "does not meet the profile: under `planned-restart@25s` it lost 0 and duplicated 1,650 results "
                + "([recovery figures](report.html#recovery-cell-02-flink-kafka-clicks-per-page-tumbling-continuous-"
                + "kafka-planned-restart-25s)).");
    }

    @Test
    void aCellRestartedWithoutItsCheckpointIsRuledOutByItsWrongResultsNotHeldAgainstTheEngine() {
        CellVerdict fromLatest = verdict(decide("ledger-exactly-once"), "03-");

        assertThat(fromLatest.met()).isFalse();
        assertThat(fromLatest.blocker()).isEqualTo("wrong results under the fault kill-engine:latest@25s (380 lost, 0 "
                + "duplicated): 4,030 of 4,410 expected matched, 380 missing, 0 extra, 0 wrong values, 0 duplicated");
        assertThat(section(1, "ledger-exactly-once")).contains("restarted without its checkpoint under "
                + "`kill-engine:latest@25s`, which gives up exactly-once by choice: 380 lost, 0 duplicated, 0 rewrites "
                + "absorbed by the PostgreSQL upsert, what its start position leaves out or reads again; this says "
                + "nothing about the engine's guarantee");
    }

    @Test
    void theCellThatKeptExactlyOnceUnderAFaultIsChosenWithItsRecoveryAsEvidence() {
        ProfileDecision ledger = decide("ledger-exactly-once");
        CellVerdict chosen = ledger.decision().orElseThrow();

        assertThat(chosen.result().id()).startsWith("01-");
        assertThat(chosen.checks()).filteredOn(check -> check.criterion().equals(ProfileCheck.UNDER_FAULT))
                .singleElement().satisfies(check -> {
                    assertThat(check.met()).isTrue();
                    assertThat(check.evidence()).isEqualTo(KEPT_UNDER_KILL);
                });
        String section = section(1, "ledger-exactly-once");
        assertThat(section).contains("It met every figure of the profile: engine-added p99 2,900 ms <= 20,000 ms, "
                + "emitting on-watermark; ran exactly-once; " + KEPT_UNDER_KILL + ". Of the 2 options that met the profile it is the cheapest");
        assertThat(section).contains("### Exactly-once under a fault\n\nThe profile requires exactly-once: an option "
                + "that lost or duplicated results under a fault does not meet it");
        assertThat(section).contains("- [flink / kafka / continuous @ 2,000/s, exactly-once](report.html#cell-01-flink-"
                + "kafka-clicks-per-page-tumbling-continuous-postgres-kill-engine-25s): kept exactly-once under "
                + "`kill-engine@25s`: 0 lost, 0 duplicated, 412 rewrites absorbed by the PostgreSQL upsert; the "
                + "recovery action took 3.4 s, results flowed again after 19.6 s, latency was under 10,000 ms after "
                + "31.2 s ([recovery figures](report.html#recovery-cell-01-flink-kafka-clicks-per-page-tumbling-"
                + "continuous-postgres-kill-engine-25s)).");
    }

    @Test
    void anExactlyOnceCellNotPutUnderAFaultKeepsItsClaimUntested() {
        ProfileDecision ledger = decide("ledger-exactly-once");

        assertThat(verdict(ledger, "05-").met()).as("not disqualified").isTrue();
        assertThat(section(1, "ledger-exactly-once")).contains("- [spark / kafka / microbatch:2s @ 2,000/s, "
                + "exactly-once](report.html#cell-05-spark-kafka-clicks-per-page-tumbling-microbatch-2s-postgres): its "
                + "exactly-once claim was not tested under a fault in this run. That does not disqualify it; a cell "
                + "with `fault: kill-engine@25s` would test it.");

        String measured = DecisionReport.render(Fixture.results(), "report.html");
        String payments = measured.substring(measured.indexOf("## 3. payments-exactly-once"));
        assertThat(payments).contains("### Exactly-once under a fault")
                .contains("exactly-once](report.html#cell-05-flink-kafka-clicks-per-page-500ms-continuous-kafka): "
                        + "its exactly-once claim was not tested under a fault in this run.");
    }

    @Test
    void withoutExactlyOnceTheDuplicatesOfAnAtLeastOnceRestartDoNotCount() {
        ProfileDecision alerts = decide("alerts-at-least-once");

        CellVerdict chosen = alerts.decision().orElseThrow();
        assertThat(chosen.result().id()).startsWith("04-");
        assertThat(chosen.result().recovery().duplicated()).isEqualTo(230);
        assertThat(chosen.checks()).extracting(SloCheck::criterion).containsExactly(ProfileCheck.LATENCY);
        assertThat(section(2, "alerts-at-least-once")).doesNotContain("### Exactly-once under a fault")
                .contains("At-least-once: a restart may write results again; this run's final results held 230 "
                        + "duplicates against the oracle's 4,410.");
    }

    @Test
    void theLinksIntoTheRecoverySectionPointAtItsRows() {
        String html = HtmlReport.render(RECOVERY, "decision.md");
        List<String> recoveryRows = DecisionText.reportAnchors(DECISION).stream()
                .filter(anchor -> anchor.startsWith("recovery-")).toList();
        for (String row : recoveryRows) {
            assertThat(html.contains("<tr id=\"" + row + "\"")).as("report.html has the row " + row).isTrue();
        }
        assertThat(recoveryRows).as("the kept, the duplicated and the lost exactly-once cells").hasSize(3);
    }

    private static ProfileDecision decide(String profile) {
        return DecisionMaker.decide(RECOVERY.matrix().profiles().stream().filter(p -> p.name().equals(profile))
                .findFirst().orElseThrow(), RECOVERY.cells());
    }

    private static CellVerdict verdict(ProfileDecision decision, String idPrefix) {
        return decision.verdicts().stream().filter(verdict -> verdict.result().id().startsWith(idPrefix)).findFirst()
                .orElseThrow();
    }

    private static String section(int number, String profile) {
        return DecisionText.section(DECISION, number, profile);
    }
}
