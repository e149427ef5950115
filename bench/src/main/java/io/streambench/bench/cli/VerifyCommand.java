package io.streambench.bench.cli;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.oracle.ComparisonReport;
import io.streambench.api.oracle.EventTimeSemantics;
import io.streambench.api.oracle.OracleResult;
import io.streambench.api.oracle.ReferenceOracle;
import io.streambench.api.oracle.ResultComparison;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.run.ExecutionMode;
import io.streambench.bench.matrix.PipelineReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Compares a results file (JSON lines, one result per line, in emission order) with the exact "
                + "results of the reference oracle over an events file. Exit code 0 when they are equal, 1 otherwise.")
final class VerifyCommand implements Callable<Integer> {
    @Option(names = "--pipeline", required = true, description = "a ready pipeline's name, or a pipeline YAML/JSON file")
    private String pipeline;

    @Option(names = "--events", required = true, description = "the input events as JSON lines, in arrival order")
    private Path events;

    @Option(names = "--results", required = true, description = "the results as JSON lines, in emission order")
    private Path results;

    @Option(names = "--mode", defaultValue = "continuous",
            description = "mode of the run: batch sees the whole input, nothing is late (default: ${DEFAULT-VALUE})")
    private String mode;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Pipeline resolved = PipelineReference.resolve(pipeline);
        List<ClickEvent> input = lines(events).stream().map(ClickEventCodec::decode).toList();
        List<ObservedResult> output = lines(results).stream()
                .map(line -> ResultCodec.decode(line.getBytes(StandardCharsets.UTF_8), 0)).toList();
        OracleResult expected = ReferenceOracle.compute(resolved, input,
                EventTimeSemantics.of(ExecutionMode.parse(mode)));
        ComparisonReport report = ResultComparison.compare(expected.results(), output);
        spec.commandLine().getOut().printf("%s over %d events (%d filtered out, %d late): %s%n", resolved.name(),
                expected.eventsRead(), expected.filteredOut(), expected.lateDropped(), report.summary());
        return report.isExact() ? 0 : 1;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
