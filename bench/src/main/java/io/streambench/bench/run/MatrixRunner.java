package io.streambench.bench.run;

import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CsvExport;
import io.streambench.bench.results.Machine;
import io.streambench.bench.results.ResultsFile;
import org.apache.logging.log4j.ThreadContext;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs every cell of a matrix (each as often as it asks), with one broker pool for the whole matrix, and writes
 * {@code results.json} and {@code results.csv} into the output directory.
 */
public final class MatrixRunner {
    private final Path home;
    private final Path outputDirectory;
    private final Map<String, Map<String, String>> brokerSettings;
    private final String jdbcUrl;
    private final CellRunner.ProgressFactory progress;
    private final Consumer<CellResult> onCell;

    public MatrixRunner(Path home, Path outputDirectory, Map<String, Map<String, String>> brokerSettings, String jdbcUrl,
                        CellRunner.ProgressFactory progress, Consumer<CellResult> onCell) {
        this.home = home;
        this.outputDirectory = outputDirectory;
        this.brokerSettings = brokerSettings;
        this.jdbcUrl = jdbcUrl;
        this.progress = progress;
        this.onCell = onCell;
    }

    public ResultsFile run(MatrixFile matrix) {
        String startedAt = Instant.now().toString();
        List<CellSettings> cells = matrix.expand();
        EngineSet engines = new EngineSet(home);
        List<CellResult> results = new ArrayList<>();
        Map<String, String> versions = new LinkedHashMap<>();
        try (BrokerPool brokers = new BrokerPool(outputDirectory, brokerSettings)) {
            SinkStores sinks = new SinkStores(brokers, jdbcUrl, outputDirectory.resolve("files"));
            String runTag = "sb" + Long.toString(System.currentTimeMillis() / 1000, 36);
            CellRunner runner = new CellRunner(outputDirectory.resolve("cells"), runTag, engines, brokers, sinks, progress);
            ThroughputSearch search = new ThroughputSearch(runner);
            int index = 0;
            for (CellSettings cell : cells) {
                index++;
                String id = String.format("%02d-%s", index, cell.label());
                List<CellResult> runs = new ArrayList<>();
                int repeat = cell.repeat() == null ? 1 : cell.repeat();
                for (int run = 1; run <= repeat; run++) {
                    String runId = repeat == 1 ? id : id + "-run" + run;
                    ThreadContext.put("cellLog", outputDirectory.resolve("cells").resolve(runId).resolve("bench.log").toString());
                    try {
                        runs.add(Boolean.TRUE.equals(cell.throughputSearch()) ? search.search(cell, runId)
                                : runner.run(cell, runId));
                    } finally {
                        ThreadContext.remove("cellLog");
                    }
                    if (CellResult.UNSUPPORTED.equals(runs.get(runs.size() - 1).status())) {
                        break;
                    }
                }
                CellResult combined = Repeats.combine(runs).withId(id);
                results.add(combined);
                onCell.accept(combined);
            }
            versions.putAll(engines.versions());
            versions.putAll(brokers.describeOpen());
        }
        versions.put("java", Runtime.version().toString());
        ResultsFile file = new ResultsFile(ResultsFile.SCHEMA_VERSION, startedAt, Instant.now().toString(),
                Machine.current(), versions, matrix, results);
        file.write(outputDirectory.resolve("results.json"));
        CsvExport.write(file, outputDirectory.resolve("results.csv"));
        return file;
    }
}
