package io.streambench.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds where a job submitted again with the same work directory resumes: the newest completed snapshot, a retained
 * checkpoint ({@code checkpoints/<flink job id>/chk-<n>/_metadata}) or a savepoint of a planned stop
 * ({@code savepoints/savepoint-<id>/_metadata}), whichever was written last.
 */
final class CheckpointLocator {
    static final String CHECKPOINTS = "checkpoints";
    static final String SAVEPOINTS = "savepoints";
    private static final int WALK_ATTEMPTS = 5;

    private CheckpointLocator() {
    }

    /**
     * A running job writes and removes snapshot files while this looks (in-progress metadata is renamed, old
     * checkpoints beyond the retained number are deleted), so a file that vanishes mid-walk means walking again.
     */
    static Optional<Path> newestRestorePoint(Path workDir) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Stream.of(workDir.resolve(CHECKPOINTS), workDir.resolve(SAVEPOINTS)).filter(Files::isDirectory)
                        .flatMap(CheckpointLocator::completedSnapshots)
                        .flatMap(snapshot -> modified(snapshot).map(time -> Map.entry(snapshot, time)).stream())
                        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof NoSuchFileException) || attempt == WALK_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static Stream<Path> completedSnapshots(Path directory) {
        try (Stream<Path> files = Files.find(directory, 3, (path, attributes) -> isCompletedSnapshot(path))) {
            return files.map(Path::getParent).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for checkpoints and savepoints in " + directory, e);
        }
    }

    private static boolean isCompletedSnapshot(Path path) {
        String snapshot = path.getParent().getFileName().toString();
        return path.getFileName().toString().equals("_metadata")
                && (snapshot.startsWith("chk-") || snapshot.startsWith("savepoint-"));
    }

    /** Empty when the snapshot was removed since it was found. */
    private static Optional<Long> modified(Path snapshot) {
        try {
            return Optional.of(Files.getLastModifiedTime(snapshot.resolve("_metadata")).toMillis());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the time of " + snapshot, e);
        }
    }
}
