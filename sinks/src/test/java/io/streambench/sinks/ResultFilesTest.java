package io.streambench.sinks;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.WindowResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResultFilesTest {
    private static final WindowResult NINE_OCLOCK = new WindowResult("page-1", 1_763_802_000_000L, 1_763_802_010_000L, 3, 7);
    private static final WindowResult NINE_OCLOCK_LATER = new WindowResult("page-2", 1_763_802_010_000L, 1_763_802_020_000L, 1, 9);

    @Test
    void partitionsByTheUtcDateAndHourOfTheWindowStart() {
        assertThat(ResultFiles.partitionOf(NINE_OCLOCK)).isEqualTo("date=2025-11-22/hour=09");
    }

    @Test
    void readsCommittedJsonLinesInTheOrderOfTheirVisibleTimesAndSkipsFilesInProgress(@TempDir Path directory)
            throws Exception {
        Path partition = Files.createDirectories(directory.resolve(ResultFiles.partitionOf(NINE_OCLOCK)));
        Path first = Files.write(partition.resolve("part-0-0.jsonl"), ResultCodec.encode(NINE_OCLOCK, 11));
        Path second = Files.write(partition.resolve("part-0-1.jsonl"), ResultCodec.encode(NINE_OCLOCK_LATER, 12));
        Files.writeString(partition.resolve(".part-0-2.jsonl.inprogress"), "{\"half\":");
        Files.writeString(partition.resolve("_SUCCESS"), "");
        Map<Path, Long> visible = Map.of(first, 2_000L, second, 1_000L);

        assertThat(ResultFiles.read(directory, (file, attributes) -> visible.get(file))).containsExactly(
                new ObservedResult(NINE_OCLOCK_LATER, 12, 1_000L), new ObservedResult(NINE_OCLOCK, 11, 2_000L));
        assertThat(ResultFiles.read(directory.resolve("missing"), (file, attributes) -> 0L)).isEmpty();
    }
}
