package io.streambench.bench.cli;

import io.streambench.bench.engines.HomeLayout;
import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.results.ResultsFile;
import io.streambench.bench.run.CellCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs bench/matrices/demo.yaml: all four broker x engine pairs in several modes, on the "
                + "project's own Kafka broker and the local RabbitMQ, and writes results and reports.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP, ExitCodes.CELL_FAILED_HELP,
        ExitCodes.BAD_INPUT_HELP, ExitCodes.NOTHING_RAN_HELP, ExitCodes.INTERRUPTED_HELP})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    private HomeOption home;

    @Mixin
    private BrokerOptions brokers;

    @Mixin
    private EngineOptions engines;

    @Mixin
    private OutputOption output;

    @Option(names = "--engine", split = ",", description = "run only the cells of these engines, e.g. flink")
    private List<String> onlyEngines = List.of();

    @Option(names = "--broker", split = ",",
            description = "run only the cells of these brokers; rabbitmq means every RabbitMQ queue type")
    private List<String> onlyBrokers = List.of();

    @Option(names = "--repeat", description = "run every cell this many times, so that compare can tell a change "
            + "from noise by the spread of the runs (default: the demo's own, once)")
    private Integer repeat;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = HomeLayout.matrices(home.home()).resolve("demo.yaml");
        MatrixFile demo = MatrixFile.read(file);
        MatrixFile selected = onlyEngines.isEmpty() && onlyBrokers.isEmpty() ? demo : demo.only(onlyEngines, onlyBrokers);
        MatrixFile matrix = repeat == null ? selected : selected.repeatingEachCell(repeat);
        CellCheck.requireRunnable(matrix, home.engineNames());
        ResultsFile results = MatrixExecution.run(matrix, home.home(), output.directoryFor(home.home(), matrix.name()),
                brokers, engines, spec.commandLine().getOut());
        return ExitCodes.of(results);
    }
}
