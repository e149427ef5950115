package io.streambench.bench.run;

import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Machine;
import io.streambench.bench.results.ResultsFile;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A matrix run's {@code results.json} as the run goes: written again after every cell (without {@code finishedAt}
 * until the last), so that whatever stops the run keeps the cells that finished. If the JVM shuts down mid-cell
 * (Ctrl-C, SIGTERM), a shutdown hook writes the finished cells and the one that was running as
 * {@value CellResult#INTERRUPTED}; after that nothing more is written.
 */
final class ResultsInProgress implements AutoCloseable {
    private final Path file;
    private final MatrixFile matrix;
    private final String startedAt = Instant.now().toString();
    private final List<CellResult> finished = new ArrayList<>();
    private final Map<String, String> versions = new LinkedHashMap<>();
    private final Thread onShutdown = new Thread(this::interrupted, "results-on-interrupt");
    private CellResult running;
    /** What the shutdown hook wrote; once set, nothing else is written. */
    private ResultsFile interrupted;

    ResultsInProgress(Path file, MatrixFile matrix) {
        this.file = file;
        this.matrix = matrix;
        Runtime.getRuntime().addShutdownHook(onShutdown);
    }

    /** Whether the run was interrupted: what ends after that is the interrupt's doing, not the cell's. */
    synchronized boolean wasInterrupted() {
        return interrupted != null;
    }

    synchronized void starting(String id, CellSettings cell, Path workDir) {
        running = CellResult.interrupted(id, cell, workDir.toString());
    }

    synchronized void finished(CellResult result, Map<String, String> versionsSoFar) {
        running = null;
        if (interrupted != null) {
            return;
        }
        finished.add(result);
        versions.putAll(versionsSoFar);
        write(null);
    }

    /**
     * The complete file, once every cell has run; after an interrupt (the JVM is going down, and the last cell may
     * have ended because its engine was killed) the file as the interrupt left it.
     */
    synchronized ResultsFile complete(Map<String, String> allVersions) {
        if (interrupted != null) {
            return interrupted;
        }
        versions.putAll(allVersions);
        versions.put("java", Runtime.version().toString());
        return write(Instant.now().toString());
    }

    private synchronized void interrupted() {
        List<CellResult> cells = new ArrayList<>(finished);
        if (running != null) {
            cells.add(running);
        }
        interrupted = new ResultsFile(ResultsFile.SCHEMA_VERSION, startedAt, null, Machine.current(), versions, matrix,
                cells);
        interrupted.write(file);
        System.err.printf("streambench: interrupted; %d finished cells kept in %s%s%n", finished.size(), file,
                running == null ? "" : ", " + running.id() + " marked interrupted (run --resume "
                        + file.getParent() + " to go on)");
    }

    private ResultsFile write(String finishedAt) {
        ResultsFile results = new ResultsFile(ResultsFile.SCHEMA_VERSION, startedAt, finishedAt, Machine.current(),
                versions, matrix, finished);
        results.write(file);
        return results;
    }

    /** The run ended (or failed) by itself: the shutdown hook has nothing left to do. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or ran already.
        }
    }
}
