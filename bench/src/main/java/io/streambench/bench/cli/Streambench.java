package io.streambench.bench.cli;

import io.streambench.api.json.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The streambench command line. Errors a user can act on (a typo in a matrix file, a broker that is down) are printed
 * as one message without a stack trace; {@code --verbose} shows the trace.
 */
@Command(name = "streambench", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Runs one clickstream workload through Kafka/RabbitMQ x Flink/Spark x batch..continuous, "
                + "checks every result against an exact reference and measures latency, throughput and cost.",
        subcommands = {ListCommand.class, RunCommand.class, DemoCommand.class, ReportCommand.class, CompareCommand.class,
                GenerateCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class})
public final class Streambench implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Streambench());
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            boolean verbose = parseResult.originalArgs().contains("--verbose");
            if (verbose) {
                exception.printStackTrace(command.getErr());
            } else {
                command.getErr().println("streambench: " + exception.getMessage());
            }
            return exception instanceof IllegalArgumentException || exception instanceof ConfigException
                    ? ExitCodes.BAD_INPUT : ExitCodes.CELL_FAILED;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
