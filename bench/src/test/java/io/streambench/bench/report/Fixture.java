package io.streambench.bench.report;

import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.ResultsFile;

import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * The fixture's first continuous cell as if it had fallen behind: written by hand, not measured. Its backlog grows
     * by 1,000 messages a second from 10 s on, and its latency with it.
     */
    public static CellResult fellBehind() {
        CellResult cell = cell(result -> result.id().startsWith("01-"));
        List<CellResult.BacklogSample> backlog = new ArrayList<>();
        List<CellResult.LatencyPoint> latency = new ArrayList<>();
        for (int second = 1; second <= 30; second++) {
            long waiting = Math.max(0, second - 10) * 1_000L;
            backlog.add(new CellResult.BacklogSample(second, second * 2_000L, second * 2_000L - waiting, waiting));
            latency.add(new CellResult.LatencyPoint(second, 100 + waiting / 2.0));
        }
        String why = "fell behind 2,000 ev/s: backlog grew by 20,000 messages (10.0 s of input) over the measured 20 s";
        return cell.toBuilder().status(CellStatus.NOT_SUSTAINED).reason(why)
                .sustain(new CellResult.Sustain(false, why, 20_000, 10_000.0, backlog, latency)).build();
    }

    /** The first cell of the fixture that matches. */
    public static CellResult cell(Predicate<CellResult> which) {
        return results().cells().stream().filter(which).findFirst().orElseThrow();
    }
}
