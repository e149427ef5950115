package io.streambench.api.fork;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, for failure messages. */
public final class LogTail {
    /** Only the end of the file is read: a broker's or engine's log can be large, and all that is wanted is its end. */
    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    public static String of(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no " + file.getFileName() + ")";
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, MAX_BYTES));
            channel.position(size - buffer.capacity());
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read the whole tail
            }
            // Decoding replaces what is not UTF-8 (or a character cut at the start) instead of failing.
            List<String> all = Arrays.asList(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)
                    .split("\\R"));
            List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
            return String.join("", tail).isBlank() ? "(" + file.getFileName() + " is empty)" : String.join("\n", tail);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
