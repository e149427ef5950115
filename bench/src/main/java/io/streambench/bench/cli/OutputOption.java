package io.streambench.bench.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where a run writes its results: a new directory per run under target/streambench by default. */
final class OutputOption {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Option(names = "--output", description = "directory for results.json, results.csv, the report and per-cell logs "
            + "(default: target/streambench/<matrix>-<time>)")
    private Path output;

    Path directoryFor(Path home, String matrixName) {
        return (output != null ? output
                : home.resolve("target/streambench").resolve(matrixName + "-" + LocalDateTime.now().format(STAMP)))
                .toAbsolutePath().normalize();
    }
}
