package io.streambench.bench.run;

import io.streambench.api.fork.Directories;
import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.CsvExport;
import io.streambench.bench.results.ResultsFile;
import org.apache.logging.log4j.ThreadContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs every cell of a matrix (each as often as it asks), with one broker pool and one set of engines (and their
 * clusters, where the run asks for them) for the whole matrix, and writes
 * {@code results.json} and {@code results.csv} into the output directory.
 */
public final class MatrixRunner {
    private final Path home;
    private final Path outputDirectory;
    private final Map<String, Map<String, String>> brokerSettings;
    private final String jdbcUrl;
    private final CellRunner.ProgressFactory progress;
    private final Consumer<CellResult> onCell;
    private final EngineDeployment deployment;

    /** A runner whose engines run their jobs in their own processes. */
    public MatrixRunner(Path home, Path outputDirectory, Map<String, Map<String, String>> brokerSettings, String jdbcUrl,
                        CellRunner.ProgressFactory progress, Consumer<CellResult> onCell) {
        this(home, outputDirectory, brokerSettings, jdbcUrl, progress, onCell, EngineDeployment.LOCAL);
    }

    /** @param deployment where the engines run their jobs; project-started clusters keep their files under clusters/ */
    public MatrixRunner(Path home, Path outputDirectory, Map<String, Map<String, String>> brokerSettings, String jdbcUrl,
                        CellRunner.ProgressFactory progress, Consumer<CellResult> onCell, EngineDeployment deployment) {
        this.deployment = deployment;
        this.home = home;
        this.outputDirectory = outputDirectory;
        this.brokerSettings = brokerSettings;
        this.jdbcUrl = jdbcUrl;
        this.progress = progress;
        this.onCell = onCell;
    }

    public ResultsFile run(MatrixFile matrix) {
        return run(matrix, List.of());
    }

    /**
     * Runs the matrix, taking the results of cells that already ran from {@code earlier} (an interrupted run's
     * results, matched by cell id) instead of running them again; an interrupted cell runs again.
     */
    public ResultsFile run(MatrixFile matrix, List<CellResult> earlier) {
        Map<String, CellResult> done = new LinkedHashMap<>();
        earlier.stream().filter(result -> result.status() != CellStatus.INTERRUPTED)
                .forEach(result -> done.put(result.id(), result));
        List<CellSettings> cells = matrix.expand();
        ResultsFile file;
        try (ResultsInProgress results = new ResultsInProgress(outputDirectory.resolve("results.json"), matrix);
             BrokerPool brokers = new BrokerPool(outputDirectory, brokerSettings);
             EngineSet engines = new EngineSet(home, deployment, outputDirectory.resolve("clusters"))) {
            SinkStores sinks = new SinkStores(brokers, jdbcUrl, outputDirectory.resolve("files"),
                    outputDirectory.resolve("iceberg-warehouse"));
            String runTag = "sb" + Long.toString(System.currentTimeMillis() / 1000, 36);
            CellRunner runner = new CellRunner(outputDirectory.resolve("cells"), runTag, engines, brokers, sinks, progress);
            ThroughputSearch search = new ThroughputSearch(runner);
            int index = 0;
            long matrixStart = System.nanoTime();
            for (CellSettings cell : cells) {
                index++;
                String id = cell.id(index);
                progress.cell(index, cells.size(), id, CellEstimate.remaining(cells, index - 1,
                        Duration.ofNanos(System.nanoTime() - matrixStart)));
                CellResult combined = done.containsKey(id) ? done.get(id) : runRepeats(runner, search, cell, id, results);
                if (results.wasInterrupted()) {
                    break;
                }
                results.finished(combined, engines.versions());
                onCell.accept(combined);
            }
            Map<String, String> versions = new LinkedHashMap<>(engines.versions());
            versions.putAll(brokers.describeOpen());
            file = results.complete(versions);
        }
        CsvExport.write(file, outputDirectory.resolve("results.csv"));
        return file;
    }

    private CellResult runRepeats(CellRunner runner, ThroughputSearch search, CellSettings cell, String id,
                                  ResultsInProgress results) {
        Path cellDirectory = outputDirectory.resolve("cells").resolve(id);
        results.starting(id, cell, cellDirectory);
        // Left by an interrupted attempt: its checkpoints would make this attempt resume instead of start.
        Directories.deleteRecursively(cellDirectory);
        List<CellResult> runs = new ArrayList<>();
        int repeat = cell.resolved().repeat();
        for (int run = 1; run <= repeat; run++) {
            String runId = repeat == 1 ? id : id + "-run" + run;
            ThreadContext.put("cellLog", outputDirectory.resolve("cells").resolve(runId).resolve("bench.log").toString());
            try {
                runs.add(Boolean.TRUE.equals(cell.throughputSearch()) ? search.search(cell, runId)
                        : runner.run(cell, runId));
            } finally {
                ThreadContext.remove("cellLog");
            }
            if (runs.get(runs.size() - 1).status() == CellStatus.UNSUPPORTED) {
                break;
            }
        }
        return Repeats.combine(runs).withId(id);
    }
}
