package io.streambench.bench.report;

import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.ResultsFile;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * The results of real runs on the project's machine (see the file's matrix description), and variants of it made by
 * leaving cells out, for reports of partial results; and, apart, results written by hand with faults and recoveries.
 */
public final class Fixture {
    public static final Path RESULTS = Path.of("src/test/resources/report/fixture-results.json");
    /** Hand-written, not measured (see its matrix description): cells under faults, for the recovery section. */
    public static final Path RECOVERY_RESULTS = Path.of("src/test/resources/report/fixture-recovery-results.json");

    private Fixture() {
    }

    public static ResultsFile results() {
        return ResultsFile.read(RESULTS);
    }

    public static ResultsFile recoveryResults() {
        return ResultsFile.read(RECOVERY_RESULTS);
    }

    public static ResultsFile keeping(Predicate<CellResult> keep) {
        ResultsFile all = results();
        return withCells(all, all.cells().stream().filter(keep).toList());
    }

    public static ResultsFile withCells(ResultsFile results, List<CellResult> cells) {
        return new ResultsFile(results.schemaVersion(), results.startedAt(), results.finishedAt(), results.machine(),
                results.versions(), results.matrix(), cells);
    }

    public static ResultsFile withMatrix(ResultsFile results, MatrixFile matrix) {
        return new ResultsFile(results.schemaVersion(), results.startedAt(), results.finishedAt(), results.machine(),
                results.versions(), matrix, results.cells());
    }

    /** The first cell of the fixture that matches. */
    public static CellResult cell(Predicate<CellResult> which) {
        return results().cells().stream().filter(which).findFirst().orElseThrow();
    }
}
