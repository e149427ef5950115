package io.streambench.bench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.streambench.api.json.Json;
import io.streambench.bench.report.Fixture;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pull-request gate of {@code .github/workflows/benchmark.yml}, run as GitHub runs it (bash with -eo pipefail,
 * the expressions evaluated for a pull request) on a pair of results where a cell no longer runs: the step must fail,
 * even though its output is piped into tee.
 */
class GateLineTest {
    private static final Path WORKFLOW = Path.of("..", ".github", "workflows", "benchmark.yml");
    private static final String GATE_STEP = "Compare with main";
    /** {@code ${{ github.event_name == 'pull_request' && 'A' || 'B' }}}, as a pull request sees it: A. */
    private static final Pattern PULL_REQUEST_CHOICE = Pattern.compile(
            "\\$\\{\\{\\s*github\\.event_name == 'pull_request' && '([^']*)' \\|\\| '([^']*)'\\s*}}");

    @TempDir
    Path workspace;

    @Test
    void theGateStepFailsAPullRequestWhoseCellNoLongerRuns() throws Exception {
        ResultsFile main = Fixture.results();
        CellResult first = main.cells().get(0);
        List<CellResult> broken = main.cells().stream().map(cell -> cell == first
                ? CellResult.failed(first.id(), first.cell(), "the engine stopped", null) : cell).toList();
        Files.createDirectories(workspace.resolve("target/main"));
        Files.createDirectories(workspace.resolve("target/benchmark"));
        main.write(workspace.resolve("target/main/results.json"));
        Fixture.withCells(main, broken).write(workspace.resolve("target/benchmark/results.json"));

        Result regressed = runGate();
        assertThat(regressed.exitCode()).as(regressed.output()).isEqualTo(CompareCommand.REGRESSED);
        assertThat(Files.readString(workspace.resolve("summary.md"))).as("the job summary").contains("**REGRESSION**");

        main.write(workspace.resolve("target/benchmark/results.json"));
        Result unchanged = runGate();
        assertThat(unchanged.exitCode()).as(unchanged.output()).isZero();
    }

    private record Result(int exitCode, String output) {
    }

    private Result runGate() throws IOException, InterruptedException {
        Path launcher = workspace.resolve("streambench");
        String java = ProcessHandle.current().info().command().orElse("java");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' " + Streambench.class.getName() + " \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.deleteIfExists(workspace.resolve("summary.md"));
        // GitHub's "shell: bash" runs a step as: bash --noprofile --norc -eo pipefail {file}
        Path step = Files.writeString(workspace.resolve("step.sh"), gateLine());
        Process process = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", step.toString())
                .directory(workspace.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private String gateLine() throws IOException {
        JsonNode workflow = Json.yaml().readTree(WORKFLOW.toFile());
        assertThat(workflow.at("/defaults/run/shell").asText()).as("the workflow's default shell").isEqualTo("bash");
        JsonNode steps = workflow.at("/jobs/benchmark/steps");
        String run = StreamSupport.stream(steps.spliterator(), false)
                .filter(step -> GATE_STEP.equals(step.path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + GATE_STEP + "' in " + WORKFLOW))
                .path("run").asText();
        Matcher choice = PULL_REQUEST_CHOICE.matcher(run);
        String forPullRequest = choice.replaceAll(result -> Matcher.quoteReplacement(result.group(1)));
        assertThat(forPullRequest).as("every expression evaluated").doesNotContain("${{");
        return "GITHUB_STEP_SUMMARY=summary.md\n" + forPullRequest + "\n";
    }
}
