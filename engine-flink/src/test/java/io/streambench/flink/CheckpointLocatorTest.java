package io.streambench.flink;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointLocatorTest {
    @Test
    void picksTheNewestCompletedCheckpointAcrossJobRuns(@TempDir Path checkpoints) throws Exception {
        Path older = completed(checkpoints.resolve("job-a/chk-7"), 1_000);
        Path newer = completed(checkpoints.resolve("job-b/chk-2"), 2_000);
        Files.createDirectories(checkpoints.resolve("job-b/chk-3"));   // in progress: no _metadata yet
        assertThat(CheckpointLocator.latest(checkpoints)).contains(newer);
        assertThat(older).exists();
    }

    @Test
    void findsNothingWithoutCheckpoints(@TempDir Path checkpoints) {
        assertThat(CheckpointLocator.latest(checkpoints.resolve("missing"))).isEmpty();
        assertThat(CheckpointLocator.latest(checkpoints)).isEmpty();
    }

    private static Path completed(Path checkpoint, long modifiedMillis) throws Exception {
        Files.createDirectories(checkpoint);
        Path metadata = Files.writeString(checkpoint.resolve("_metadata"), "x");
        Files.setLastModifiedTime(metadata, FileTime.fromMillis(modifiedMillis));
        return checkpoint;
    }
}
