package io.streambench.sinks;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.WindowResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class ResultFilesTest {
    private static final WindowResult NINE_OCLOCK = new WindowResult("page-1", 1_763_802_000_000L, 1_763_802_010_000L, 3, 7);

    @Test
    void partitionsByTheUtcDateAndHourOfTheWindowStart() {
        assertThat(ResultFiles.partitionOf(NINE_OCLOCK)).isEqualTo("date=2025-11-22/hour=09");
    }

    @Test
    void readsCommittedJsonLinesWithTheirFileTimeAndSkipsFilesInProgress(@TempDir Path directory) throws Exception {
        Path partition = Files.createDirectories(directory.resolve(ResultFiles.partitionOf(NINE_OCLOCK)));
        Path committed = Files.write(partition.resolve("part-0-0.jsonl"), ResultCodec.encode(NINE_OCLOCK, 11));
        Files.setLastModifiedTime(committed, FileTime.fromMillis(1_763_802_020_000L));
        Files.writeString(partition.resolve(".part-0-1.jsonl.inprogress"), "{\"half\":");
        Files.writeString(partition.resolve("_SUCCESS"), "");

        assertThat(ResultFiles.read(directory))
                .containsExactly(new ObservedResult(NINE_OCLOCK, 11, 1_763_802_020_000L));
        assertThat(ResultFiles.read(directory.resolve("missing"))).isEmpty();
    }
}
