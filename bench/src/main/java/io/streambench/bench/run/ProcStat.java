package io.streambench.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Reads a process's or thread's CPU time from its {@code stat} file in {@code /proc}. */
final class ProcStat {
    private ProcStat() {
    }

    /** User plus system time in clock ticks; empty if the process or thread is gone. */
    static OptionalLong cpuTicks(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // Fields after the command name, which is in parentheses and may contain spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException | RuntimeException gone) {
            return OptionalLong.empty();
        }
    }
}
