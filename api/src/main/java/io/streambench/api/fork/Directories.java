package io.streambench.api.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting the directories a run leaves: work directories, temporary directories of forked JVMs. */
public final class Directories {
    private Directories() {
    }

    /** Deletes a directory and everything in it, if it exists. */
    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    /** The same, for cleaning up after a process: what cannot be deleted is said on standard error and left. */
    public static void deleteQuietly(Path directory) {
        try {
            deleteRecursively(directory);
        } catch (UncheckedIOException e) {
            System.err.println("streambench: " + e.getMessage() + ": " + e.getCause());
        }
    }
}
