package io.streambench.api.fork;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LogTailTest {
    @TempDir
    Path directory;

    @Test
    void givesTheLastLinesOfALargeLog() throws IOException {
        Path log = directory.resolve("broker.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100_000).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n", "", "\n")));

        assertThat(LogTail.of(log, 3)).isEqualTo("line 99998\nline 99999\nline 100000");
    }

    @Test
    void readsALogThatIsNotUtf8() throws IOException {
        Path log = directory.resolve("engine.log");
        Files.write(log, new byte[]{'a', (byte) 0xff, '\n', 'e', 'n', 'd'});

        assertThat(LogTail.of(log, 1)).isEqualTo("end");
    }

    @Test
    void saysWhenThereIsNothingToShow() throws IOException {
        Path empty = Files.writeString(directory.resolve("engine.log"), "\n", StandardCharsets.UTF_8);

        assertThat(LogTail.of(empty, 5)).isEqualTo("(engine.log is empty)");
        assertThat(LogTail.of(directory.resolve("loader.log"), 5)).isEqualTo("(no loader.log)");
    }
}
