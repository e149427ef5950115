package io.streambench.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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

    private CheckpointLocator() {
    }

    static Optional<Path> newestRestorePoint(Path workDir) {
        return Stream.of(workDir.resolve(CHECKPOINTS), workDir.resolve(SAVEPOINTS)).filter(Files::isDirectory)
                .flatMap(CheckpointLocator::completedSnapshots).max(Comparator.comparing(CheckpointLocator::modified));
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

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path.resolve("_metadata")).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
