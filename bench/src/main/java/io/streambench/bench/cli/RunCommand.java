package io.streambench.bench.cli;

import io.streambench.api.json.DurationText;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.Emission;
import io.streambench.api.run.ExecutionMode;
import io.streambench.bench.fault.Fault;
import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.results.ResultsFile;
import io.streambench.bench.run.CellCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs one cell (engine x broker x pipeline x mode) or a whole matrix file. Every cell is checked "
                + "before anything starts.", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP,
        ExitCodes.CELL_FAILED_HELP, ExitCodes.BAD_INPUT_HELP, ExitCodes.NOTHING_RAN_HELP, ExitCodes.INTERRUPTED_HELP})
final class RunCommand implements Callable<Integer> {
    @Mixin
    private HomeOption home;

    @Mixin
    private BrokerOptions brokers;

    @Mixin
    private EngineOptions engines;

    @Mixin
    private OutputOption output;

    @Option(names = "--matrix", description = "a matrix YAML file; the cell options below are then not used")
    private Path matrix;

    @Option(names = "--dry-run", description = "check and list the cells (which would run, which are unsupported and "
            + "why) with an estimated duration, and start nothing")
    private boolean dryRun;

    @Option(names = "--resume", paramLabel = "DIR", description = "go on with an interrupted run in DIR: its matrix "
            + "again, into the same directory, without running again the cells that finished")
    private Path resume;

    @Option(names = "--engine", description = "flink or spark")
    private String engine;

    @Option(names = "--broker", description = "kafka, rabbitmq-stream, rabbitmq-quorum or rabbitmq-classic")
    private String broker;

    @Option(names = "--pipeline", description = "a ready pipeline's name or a pipeline YAML file")
    private String pipeline;

    @Option(names = "--mode", description = "batch, available-now, microbatch:<interval> or continuous")
    private String mode;

    @Option(names = "--rate", description = "offered events per second (default 1000)")
    private Double rate;

    @Option(names = "--events", description = "how many events to load")
    private Long events;

    @Option(names = "--duration", description = "how long to load, e.g. 60s (default 30s)")
    private String duration;

    @Option(names = "--warmup", description = "results of the first part of the load not counted in latency (default 10s)")
    private String warmup;

    @Option(names = "--guarantee", description = "at-least-once or exactly-once")
    private String guarantee;

    @Option(names = "--emission", description = "when windowed results are written: on-watermark (fires when the "
            + "watermark passes the window end, then updates), final (once, after the allowed lateness) or "
            + "every-trigger (every changed window on every trigger); default: the engine's own")
    private String emission;

    @Option(names = "--parallelism", description = "engine parallelism (default 2)")
    private Integer parallelism;

    @Option(names = "--seed", description = "seed of the workload (default 42)")
    private Long seed;

    @Option(names = "--sink", description = "kafka, postgres, files or iceberg (a table in the Iceberg JDBC catalog in "
            + "the --jdbc-url database, its files under the output directory's iceberg-warehouse/; default kafka)")
    private String sink;

    @Option(names = "--repeat", description = "runs of the cell; the median and the spread are reported")
    private Integer repeat;

    @Option(names = "--fault", description = "kill-engine[:earliest|:latest|:timestamp]@<time>, kill-worker@<time> "
            + "(one TaskManager / Worker of --engines cluster), "
            + "planned-restart@<time>, broker-restart@<time> or poison[:<count>]@<time>, e.g. kill-engine@30s: the "
            + "time is into the load; kill-engine alone resumes from the checkpoint, with a start position it restarts "
            + "without one")
    private String fault;

    @Option(names = "--slo-p99", description = "p99 processing latency in ms that recovery and the throughput search "
            + "measure against (default 30000)")
    private Long sloP99Millis;

    @Option(names = "--loader-cpus", paramLabel = "CPUS", description = "CPUs to pin the loader process to with "
            + "taskset, e.g. 1 or 0,2-3 (default: every CPU; without taskset on the machine, every CPU as well)")
    private String loaderCpus;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (resume != null) {
            return resumed();
        }
        MatrixFile toRun = matrix != null ? MatrixFile.read(matrix) : singleCell();
        CellCheck.requireRunnable(toRun, home.engineNames());
        if (dryRun) {
            return PlanPrinter.print(toRun, home.home(), spec.commandLine().getOut()) ? ExitCodes.OK
                    : ExitCodes.NOTHING_RAN;
        }
        ResultsFile results = MatrixExecution.run(toRun, home.home(), output.directoryFor(home.home(), toRun.name()),
                brokers, engines, spec.commandLine().getOut());
        return ExitCodes.of(results);
    }

    private int resumed() {
        if (matrix != null || engine != null || broker != null || pipeline != null || mode != null) {
            throw new IllegalArgumentException("--resume runs the interrupted run's own matrix: give it alone");
        }
        Path directory = resume.toAbsolutePath().normalize();
        Path file = directory.resolve("results.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--resume " + directory + " holds no results.json: nothing to resume");
        }
        ResultsFile earlier = ResultsFile.read(file);
        if (earlier.finishedAt() != null) {
            throw new IllegalArgumentException("--resume " + directory + ": that run finished at " + earlier.finishedAt()
                    + "; nothing to resume");
        }
        CellCheck.requireRunnable(earlier.matrix(), home.engineNames());
        ResultsFile results = MatrixExecution.run(earlier.matrix(), home.home(), directory, brokers,
                engines, spec.commandLine().getOut(), earlier.cells());
        return ExitCodes.of(results);
    }

    private MatrixFile singleCell() {
        if (engine == null || broker == null || pipeline == null || mode == null) {
            throw new IllegalArgumentException("give --matrix FILE, or --engine, --broker, --pipeline and --mode");
        }
        CellSettings cell = CellSettings.builder().engine(engine).broker(broker).pipeline(pipeline)
                .mode(ExecutionMode.parse(mode)).events(events)
                .duration(duration == null ? null : DurationText.parse(duration)).rate(rate)
                .warmup(warmup == null ? null : DurationText.parse(warmup))
                .guarantee(guarantee == null ? null : DeliveryGuarantee.fromWireName(guarantee))
                .parallelism(parallelism).seed(seed).sink(sink).repeat(repeat).sloP99Millis(sloP99Millis)
                .fault(fault == null ? null : Fault.parse(fault))
                .emission(emission == null ? null : Emission.fromWireName(emission)).loaderCpus(loaderCpus).build();
        return new MatrixFile("run-" + cell.label(), "a single cell from the command line", null, null, List.of(cell),
                null);
    }
}
