package io.streambench.flink;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointLocatorTest {
    @Test
    void picksTheNewestCompletedCheckpointAcrossJobRuns(@TempDir Path workDir) throws Exception {
        Path older = completed(workDir.resolve("checkpoints/job-a/chk-7"), 1_000);
        Path newer = completed(workDir.resolve("checkpoints/job-b/chk-2"), 2_000);
        Files.createDirectories(workDir.resolve("checkpoints/job-b/chk-3"));   // in progress: no _metadata yet
        assertThat(CheckpointLocator.newestRestorePoint(workDir)).contains(newer);
        assertThat(older).exists();
    }

    @Test
    void aSavepointOfAPlannedStopWinsOverTheCheckpointsBeforeIt(@TempDir Path workDir) throws Exception {
        completed(workDir.resolve("checkpoints/job-a/chk-9"), 1_000);
        Path savepoint = completed(workDir.resolve("savepoints/savepoint-a1b2c3-0123456789ab"), 2_000);
        assertThat(CheckpointLocator.newestRestorePoint(workDir)).contains(savepoint);
        Path later = completed(workDir.resolve("checkpoints/job-b/chk-1"), 3_000);
        assertThat(CheckpointLocator.newestRestorePoint(workDir)).contains(later);
    }

    @Test
    void findsNothingWithoutCheckpoints(@TempDir Path workDir) {
        assertThat(CheckpointLocator.newestRestorePoint(workDir.resolve("missing"))).isEmpty();
        assertThat(CheckpointLocator.newestRestorePoint(workDir)).isEmpty();
    }

    private static Path completed(Path snapshot, long modifiedMillis) throws Exception {
        Files.createDirectories(snapshot);
        Path metadata = Files.writeString(snapshot.resolve("_metadata"), "x");
        Files.setLastModifiedTime(metadata, FileTime.fromMillis(modifiedMillis));
        return snapshot;
    }
}
