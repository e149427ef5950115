package io.streambench.sinks;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.WindowResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Results as JSON-lines files, partitioned by the UTC date and hour of the window start
 * ({@code date=2026-11-22/hour=09/}), the layout batch consumers of a data lake expect. Files whose name starts with
 * {@code .} or {@code _} are in progress and not results yet; a file's results became visible when it was last
 * written.
 */
public final class ResultFiles {
    private static final DateTimeFormatter PARTITION =
            DateTimeFormatter.ofPattern("'date='yyyy-MM-dd'/hour='HH").withZone(ZoneOffset.UTC);

    private ResultFiles() {
    }

    /** The partition directory of a result, relative to the sink directory. */
    public static String partitionOf(WindowResult result) {
        return PARTITION.format(Instant.ofEpochMilli(result.windowStart()));
    }

    public static List<ObservedResult> read(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<ObservedResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(ResultFiles::isCommittedJsonLines).sorted(byModification()).toList()) {
                long visible = Files.getLastModifiedTime(file).toMillis();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        results.add(ResultCodec.decode(line.getBytes(StandardCharsets.UTF_8), visible));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read result files in " + directory, e);
        }
        return results;
    }

    private static boolean isCommittedJsonLines(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && !name.startsWith(".") && !name.startsWith("_")
                && (name.endsWith(".jsonl") || name.endsWith(".json"));
    }

    private static Comparator<Path> byModification() {
        return Comparator.comparingLong(file -> {
            try {
                return Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
