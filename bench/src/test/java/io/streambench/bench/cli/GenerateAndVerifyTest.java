package io.streambench.bench.cli;

import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.oracle.EventTimeSemantics;
import io.streambench.api.oracle.OracleResult;
import io.streambench.api.oracle.ReferenceOracle;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.WindowResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateAndVerifyTest {
    @Test
    void generateWritesTheSameEventsForTheSameSeed(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.jsonl");
        Path second = dir.resolve("b.jsonl");
        assertThat(CliRun.of("generate", "--seed", "9", "--events", "5000", "-o", first.toString()).exitCode()).isZero();
        assertThat(CliRun.of("generate", "--seed", "9", "--events", "5000", "-o", second.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        List<String> lines = Files.readAllLines(first);
        assertThat(lines).hasSize(5000);
        assertThat(ClickEventCodec.decode(lines.get(4999)).sequence()).isEqualTo(4999);
    }

    @Test
    void verifyAcceptsExactResultsAndNamesTheFirstDifference(@TempDir Path dir) throws Exception {
        Path events = dir.resolve("events.jsonl");
        CliRun.of("generate", "--seed", "3", "--events", "3000", "--rate", "100", "-o", events.toString());
        OracleResult oracle = ReferenceOracle.compute(ReadyPipelines.byName("clicks-per-page-tumbling"),
                Files.readAllLines(events).stream().map(ClickEventCodec::decode).toList(), EventTimeSemantics.STREAMING);
        List<WindowResult> results = new ArrayList<>(oracle.results());
        Path exact = write(dir.resolve("exact.jsonl"), results);
        WindowResult first = results.get(0);
        results.set(0, new WindowResult(first.key(), first.windowStart(), first.windowEnd(), first.value() + 1,
                first.maxSendTime()));
        Path wrong = write(dir.resolve("wrong.jsonl"), results);

        CliRun ok = CliRun.of("verify", "--pipeline", "clicks-per-page-tumbling", "--events", events.toString(),
                "--results", exact.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("clicks-per-page-tumbling over 3000 events").contains("correct: ");

        CliRun bad = CliRun.of("verify", "--pipeline", "clicks-per-page-tumbling", "--events", events.toString(),
                "--results", wrong.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).contains("WRONG").contains("1 wrong").contains("wrong " + first.identity());
    }

    @Test
    void aMistypedPipelineFileIsOneClearError(@TempDir Path dir) throws Exception {
        Path pipeline = Files.writeString(dir.resolve("p.yaml"), "name: x\nsorce: {stream: clicks}\n");
        CliRun run = CliRun.of("verify", "--pipeline", pipeline.toString(), "--events", pipeline.toString(),
                "--results", pipeline.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("streambench: " + pipeline + ": line 2: unknown key 'sorce'")
                .doesNotContain("Exception");
    }

    private static Path write(Path file, List<WindowResult> results) throws Exception {
        StringBuilder text = new StringBuilder();
        for (WindowResult result : results) {
            text.append(new String(ResultCodec.encode(result, 0), StandardCharsets.UTF_8)).append('\n');
        }
        return Files.writeString(file, text);
    }
}
