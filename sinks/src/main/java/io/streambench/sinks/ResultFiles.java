package io.streambench.sinks;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.WindowResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongBiFunction;

/**
 * Results as JSON-lines files, partitioned by the UTC date and hour of the window start
 * ({@code date=2026-11-22/hour=09/}), the layout batch consumers of a data lake expect. Files whose name starts with
 * {@code .} or {@code _} are in progress and not results yet. A file's modification time does not tell when its
 * results became visible (a writer commits a file by renaming it, which keeps the time of its last write), so the
 * reader is told each file's visible time.
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

    /** Every result in the committed files under {@code directory}, in the order of their files' visible times. */
    public static List<ObservedResult> read(Path directory, ToLongBiFunction<Path, BasicFileAttributes> visibleTime) {
        record Stamped(Path file, long visibleTime) {
        }
        List<Stamped> files = new ArrayList<>();
        committedFiles(directory).forEach((file, attributes) ->
                files.add(new Stamped(file, visibleTime.applyAsLong(file, attributes))));
        files.sort(Comparator.comparingLong(Stamped::visibleTime));
        List<ObservedResult> results = new ArrayList<>();
        for (Stamped file : files) {
            try {
                for (String line : Files.readAllLines(file.file(), StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        results.add(ResultCodec.decode(line.getBytes(StandardCharsets.UTF_8), file.visibleTime()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read result file " + file.file(), e);
            }
        }
        return results;
    }

    /** The committed JSON-lines files under {@code directory}, with their attributes; none if it does not exist. */
    static Map<Path, BasicFileAttributes> committedFiles(Path directory) {
        Map<Path, BasicFileAttributes> files = new LinkedHashMap<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (isCommittedJsonLines(file, attributes)) {
                        files.put(file, attributes);
                    }
                    return FileVisitResult.CONTINUE;
                }

                // Writers rename in-progress files away, and the directory may not exist yet, while a walk runs.
                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list result files in " + directory, e);
        }
        return files;
    }

    private static boolean isCommittedJsonLines(Path file, BasicFileAttributes attributes) {
        String name = file.getFileName().toString();
        return attributes.isRegularFile() && !name.startsWith(".") && !name.startsWith("_")
                && (name.endsWith(".jsonl") || name.endsWith(".json"));
    }
}
