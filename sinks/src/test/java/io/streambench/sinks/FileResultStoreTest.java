package io.streambench.sinks;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.ResultStore;
import io.streambench.api.result.WindowResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.assertj.core.api.Assertions.assertThat;

class FileResultStoreTest {
    private static final WindowResult RESULT = new WindowResult("page-1", 1_763_802_000_000L, 1_763_802_010_000L, 3, 7);
    private static final WindowResult REPLAYED = new WindowResult("page-1", 1_763_802_000_000L, 1_763_802_010_000L, 4, 8);
    /** Far longer than the watcher takes to see a change, so that a time taken when asked would stand out. */
    private static final long SETTLE_MILLIS = 1_000;

    @Test
    void aFileIsVisibleFromItsCommitUnderItsNameNotFromItsLastWriteAndAgainWhenReplaced(@TempDir Path base)
            throws Exception {
        Path directory = base.resolve("committed");
        try (ResultStore.View view = new FileResultStore(base).open("committed", "p")) {
            Path partition = Files.createDirectories(directory.resolve(ResultFiles.partitionOf(RESULT)));
            Path inProgress = Files.write(partition.resolve(".part-0-0.jsonl.inprogress"), line(RESULT, 11));
            long written = Files.getLastModifiedTime(inProgress).toMillis();
            Thread.sleep(SETTLE_MILLIS);
            assertThat(view.results()).as("a file in progress holds no results yet").isEmpty();

            long committedAt = System.currentTimeMillis();
            Path committed = Files.move(inProgress, partition.resolve("part-0-0.jsonl"), ATOMIC_MOVE);
            Thread.sleep(SETTLE_MILLIS);
            assertThat(Files.getLastModifiedTime(committed).toMillis()).as("the rename keeps the write time")
                    .isEqualTo(written);
            ObservedResult first = only(view.results());
            assertThat(first.result()).isEqualTo(RESULT);
            assertThat(first.visibleTime()).isGreaterThanOrEqualTo(committedAt)
                    .as("seen by the watcher, not stamped when read").isLessThan(committedAt + SETTLE_MILLIS);

            Path replacement = Files.write(partition.resolve(".part-0-0.jsonl.inprogress"), line(REPLAYED, 12));
            long replacedAt = System.currentTimeMillis();
            Files.move(replacement, committed, REPLACE_EXISTING, ATOMIC_MOVE);
            Thread.sleep(SETTLE_MILLIS);
            ObservedResult replayed = only(view.results());
            assertThat(replayed.result()).isEqualTo(REPLAYED);
            assertThat(replayed.visibleTime()).isGreaterThanOrEqualTo(replacedAt).isLessThan(replacedAt + SETTLE_MILLIS);
        }
        assertThat(directory).doesNotExist();
        assertThat(ViewChecks.liveThreadsNamed("result-files-committed")).isEmpty();
    }

    @Test
    void aRunThatWroteNoDirectoryHasNoResults(@TempDir Path base) {
        try (ResultStore.View view = new FileResultStore(base).open("nothing", "p")) {
            assertThat(view.results()).isEmpty();
        }
        assertThat(ViewChecks.liveThreadsNamed("result-files-nothing")).isEmpty();
    }

    private static ObservedResult only(List<ObservedResult> results) {
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static byte[] line(WindowResult result, long emitTime) {
        byte[] encoded = ResultCodec.encode(result, emitTime);
        byte[] line = new byte[encoded.length + 1];
        System.arraycopy(encoded, 0, line, 0, encoded.length);
        line[encoded.length] = '\n';
        return line;
    }
}
