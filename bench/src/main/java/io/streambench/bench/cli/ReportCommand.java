package io.streambench.bench.cli;

import io.streambench.bench.report.ReportFiles;
import io.streambench.bench.results.ResultsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Renders report.html (charts, self-contained) and decision.md (an architecture decision record "
                + "per profile of the matrix) from a results.json alone.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RESULTS.json", description = "a results file written by a matrix run")
    private Path results;

    @Option(names = "--output", description = "directory for report.html and decision.md (default: beside the results file)")
    private Path output;

    @Option(names = "--verbose", description = "show stack traces of errors")
    private boolean verbose;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = results.toAbsolutePath().normalize();
        ReportFiles.Written written = ReportFiles.write(ResultsFile.read(file), output != null ? output : file.getParent());
        ReportPaths.print(spec.commandLine().getOut(), written);
        return 0;
    }
}
