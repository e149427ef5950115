package io.streambench.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the newest completed checkpoint under a job's checkpoint directory ({@code <dir>/<flink job id>/chk-<n>/}
 * with a {@code _metadata} file), so that a job submitted again with the same work directory resumes from it.
 */
final class CheckpointLocator {
    private CheckpointLocator() {
    }

    static Optional<Path> latest(Path checkpointDirectory) {
        if (!Files.isDirectory(checkpointDirectory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.find(checkpointDirectory, 3,
                (path, attributes) -> path.getFileName().toString().equals("_metadata")
                        && path.getParent().getFileName().toString().startsWith("chk-"))) {
            return files.map(Path::getParent).max(Comparator.comparing(CheckpointLocator::modified));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for checkpoints in " + checkpointDirectory, e);
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path.resolve("_metadata")).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
