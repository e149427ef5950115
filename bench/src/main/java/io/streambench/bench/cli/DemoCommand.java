package io.streambench.bench.cli;

import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.ResultsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs bench/matrices/demo.yaml: all four broker x engine pairs in several modes, on the "
                + "project's own Kafka broker and the local RabbitMQ, and writes results and reports.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    private HomeOption home;

    @Mixin
    private BrokerOptions brokers;

    @Mixin
    private OutputOption output;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = home.home().resolve("bench/matrices/demo.yaml");
        MatrixFile matrix = MatrixFile.read(file);
        ResultsFile results = MatrixExecution.run(matrix, home.home(), output.directoryFor(home.home(), matrix.name()),
                brokers, spec.commandLine().getOut());
        return results.cells().stream().allMatch(cell -> CellResult.OK.equals(cell.status())
                || CellResult.UNSUPPORTED.equals(cell.status())) ? 0 : 1;
    }
}
