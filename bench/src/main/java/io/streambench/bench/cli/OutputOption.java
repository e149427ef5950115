package io.streambench.bench.cli;

import io.streambench.bench.engines.HomeLayout;
import io.streambench.api.fork.Directories;
import io.streambench.bench.report.ReportFiles;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a run writes its results: a new directory per run under target/streambench by default. A directory given
 * that already holds something is refused, so that an earlier run's results and logs are neither overwritten nor
 * mixed with this run's, unless {@code --overwrite} says to replace what a run writes there.
 */
final class OutputOption {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** What a run writes into its directory; {@code --overwrite} deletes these and nothing else. */
    private static final List<String> RUN_ENTRIES = List.of("results.json", "results.csv", ReportFiles.HTML,
            ReportFiles.DECISION, "cells", "files", "brokers");

    @Option(names = "--output", description = "directory for results.json, results.csv, the report and per-cell logs "
            + "(default: target/streambench/<matrix>-<time> in a source tree, results/<matrix>-<time> in a distribution); it must be new or empty unless --overwrite is given")
    private Path output;

    @Option(names = "--overwrite", description = "replace the results, report and logs of an earlier run in --output")
    private boolean overwrite;

    Path directoryFor(Path home, String matrixName) {
        if (output == null) {
            return HomeLayout.results(home).resolve(matrixName + "-" + LocalDateTime.now().format(STAMP))
                    .toAbsolutePath().normalize();
        }
        Path directory = output.toAbsolutePath().normalize();
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException("--output " + directory + " is a file, not a directory");
        }
        if (!isEmpty(directory)) {
            if (!overwrite) {
                throw new IllegalArgumentException("--output " + directory + " is not empty"
                        + (Files.exists(directory.resolve("results.json")) ? " (it holds an earlier run)" : "")
                        + ": choose a new directory, or add --overwrite to replace an earlier run's results there");
            }
            RUN_ENTRIES.forEach(entry -> Directories.deleteRecursively(directory.resolve(entry)));
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create --output " + directory + ": " + e, e);
        }
        if (!Files.isWritable(directory)) {
            throw new IllegalArgumentException("--output " + directory + " is not writable by this user");
        }
        return directory;
    }

    private static boolean isEmpty(Path directory) {
        if (!Files.isDirectory(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list --output " + directory, e);
        }
    }
}
