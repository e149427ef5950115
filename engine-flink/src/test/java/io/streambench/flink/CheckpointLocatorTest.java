package io.streambench.flink;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicBoolean;

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

    /**
     * Purpose: looking while a running job writes and removes snapshots never fails. How: a thread keeps creating
     * in-progress metadata files and checkpoints and deleting them again, as Flink does, while the locator looks 2,000
     * times. Pass: every look finds the stable savepoint or one of the churned checkpoints, and none throws.
     */
    @Test
    void looksWhileTheJobWritesAndRemovesSnapshots(@TempDir Path workDir) throws Exception {
        Path stable = completed(workDir.resolve("savepoints/savepoint-stable"), 1_000);
        AtomicBoolean looking = new AtomicBoolean(true);
        Thread churn = new Thread(() -> {
            for (int n = 0; looking.get(); n++) {
                try {
                    Path checkpoint = workDir.resolve("checkpoints/job-a/chk-" + n);
                    Files.createDirectories(checkpoint);
                    Path inProgress = Files.writeString(checkpoint.resolve("._metadata.inprogress." + n), "x");
                    Files.move(inProgress, checkpoint.resolve("_metadata"));
                    Files.delete(checkpoint.resolve("_metadata"));
                    Files.delete(checkpoint);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        churn.start();
        try {
            for (int look = 0; look < 2_000; look++) {
                assertThat(CheckpointLocator.newestRestorePoint(workDir)).isPresent();
            }
        } finally {
            looking.set(false);
            churn.join(10_000);
        }
        assertThat(CheckpointLocator.newestRestorePoint(workDir)).contains(stable);
    }

    private static Path completed(Path snapshot, long modifiedMillis) throws Exception {
        Files.createDirectories(snapshot);
        Path metadata = Files.writeString(snapshot.resolve("_metadata"), "x");
        Files.setLastModifiedTime(metadata, FileTime.fromMillis(modifiedMillis));
        return snapshot;
    }
}
