package io.streambench.bench.cli;

import io.streambench.bench.report.Fixture;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportAndCompareCommandTest {
    @TempDir
    Path directory;

    @Test
    void reportWritesBothReportsBesideTheResultsAndSaysWhere() throws IOException {
        Path results = Files.copy(Fixture.RESULTS, directory.resolve("results.json"));

        CliRun run = CliRun.of("report", results.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("report:   " + directory.resolve("report.html"))
                .contains("decision: " + directory.resolve("decision.md"));
        assertThat(Files.readString(directory.resolve("report.html"))).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(directory.resolve("decision.md"))).startsWith("# Architecture decisions: ");
    }

    @Test
    void compareFailsOnARegressionOnlyWhenAsked() {
        ResultsFile fixture = Fixture.results();
        CellResult ok = fixture.cells().get(0);
        List<CellResult> cells = fixture.cells().stream().map(cell -> cell == ok
                ? CellResult.failed(ok.id(), ok.cell(), "the engine stopped", null) : cell).toList();
        Path before = directory.resolve("old.json");
        Path after = directory.resolve("new.json");
        fixture.write(before);
        Fixture.withCells(fixture, cells).write(after);

        CliRun flagged = CliRun.of("compare", before.toString(), after.toString());
        CliRun failing = CliRun.of("compare", before.toString(), after.toString(), "--fail-on-regression", "20%");
        CliRun unchanged = CliRun.of("compare", before.toString(), before.toString(), "--fail-on-regression", "20%");

        assertThat(flagged.exitCode()).isZero();
        assertThat(flagged.out()).contains("**REGRESSION**");
        assertThat(failing.exitCode()).isEqualTo(CompareCommand.REGRESSED);
        assertThat(failing.err()).contains("regression beyond 20%");
        assertThat(unchanged.exitCode()).isZero();
        assertThat(unchanged.out()).contains("No regressions in " + fixture.cells().size() + " cells compared.");
    }

    @Test
    void singleRunsAreTooFewToFailOnUnlessTheThresholdAloneIsAskedFor() {
        ResultsFile fixture = Fixture.results();
        CellResult repeated = fixture.cells().stream().filter(cell -> cell.repeats().size() > 1).findFirst().orElseThrow();
        List<CellResult> byCpu = repeated.repeats().stream()
                .sorted(Comparator.comparingDouble(run -> run.cost().cpuSecondsPerMillionEvents())).toList();
        Path before = directory.resolve("cheapest-run.json");
        Path after = directory.resolve("costliest-run.json");
        replacing(fixture, repeated, byCpu.get(0)).write(before);
        replacing(fixture, repeated, byCpu.get(byCpu.size() - 1)).write(after);

        CliRun byTheRule = CliRun.of("compare", before.toString(), after.toString(), "--fail-on-regression", "10%");
        CliRun byTheThreshold = CliRun.of("compare", before.toString(), after.toString(), "--fail-on-regression", "10%",
                "--threshold-alone-for-few-runs");
        CliRun help = CliRun.of("compare", "--help");

        assertThat(byTheRule.exitCode()).as(byTheRule.err()).isZero();
        assertThat(byTheRule.out()).contains("| CPU-s per million events | 379 | 431 | +13.8% | too few repeats to tell |")
                .doesNotContain("**REGRESSION**");
        assertThat(byTheThreshold.exitCode()).isEqualTo(CompareCommand.REGRESSED);
        assertThat(byTheThreshold.out()).contains("| +13.8% | **REGRESSION** (threshold only) |");
        assertThat(help.out()).contains("too few repeats").contains("--threshold-alone-for-few-runs").doesNotContain("%%");
    }

    @Test
    void aFileThatIsNotAResultsFileIsSaidSoWithoutTheParsersInternals() throws Exception {
        Path notResults = Files.writeString(directory.resolve("other.json"), "{\"a\": 1}");

        CliRun run = CliRun.of("compare", notResults.toString(), Fixture.RESULTS.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("streambench: " + notResults + " is not a streambench results file: a run's "
                + "results.json is an object with schemaVersion, matrix and cells" + System.lineSeparator());
    }

    @Test
    void aThresholdMustBeAPercentage() {
        CliRun run = CliRun.of("compare", Fixture.RESULTS.toString(), Fixture.RESULTS.toString(), "--threshold", "lots");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--threshold must be a percentage such as 20%, was 'lots'");
    }

    private static ResultsFile replacing(ResultsFile results, CellResult old, CellResult replacement) {
        return Fixture.withCells(results, results.cells().stream().map(cell -> cell == old ? replacement : cell).toList());
    }
}
