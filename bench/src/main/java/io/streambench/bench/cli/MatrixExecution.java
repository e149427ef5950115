package io.streambench.bench.cli;

import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.report.ReportFiles;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.ResultsFile;
import io.streambench.bench.run.MatrixRunner;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs a matrix for a command and tells the console where everything went. */
final class MatrixExecution {
    private MatrixExecution() {
    }

    static ResultsFile run(MatrixFile matrix, Path home, Path output, BrokerOptions brokers, EngineOptions engines,
                           PrintWriter out) {
        return run(matrix, home, output, brokers, engines, out, List.of());
    }

    /** @param earlier results of an interrupted run in {@code output}, whose finished cells are not run again */
    static ResultsFile run(MatrixFile matrix, Path home, Path output, BrokerOptions brokers, EngineOptions engines,
                           PrintWriter out, List<CellResult> earlier) {
        out.printf("streambench: matrix '%s', %d cells; results in %s%n", matrix.name(), matrix.expand().size(), output);
        out.flush();
        MatrixRunner runner = new MatrixRunner(home, output, brokers.brokerSettings(), brokers.jdbcUrl(),
                new ConsoleProgress(out), result -> ConsoleTable.cellLine(out, result), engines.deployment());
        ResultsFile results = runner.run(matrix, earlier);
        out.println();
        ConsoleTable.table(out, results.cells());
        out.println();
        out.printf("results: %s%n", output.resolve("results.json"));
        out.printf("csv:     %s%n", output.resolve("results.csv"));
        out.printf("logs:    %s%n", output.resolve("cells"));
        // Rendered from the file just written, as a later "streambench report" would.
        ReportPaths.print(out, ReportFiles.write(ResultsFile.read(output.resolve("results.json")), output));
        return results;
    }
}
