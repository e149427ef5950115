package io.streambench.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU a JVM's JIT compiler threads ({@code C1/C2 CompilerThread}) have used, from {@code /proc/[pid]/task}. A JVM
 * compiles its hot code for a minute or more after it starts: CPU that belongs to warm-up, not to the events it
 * processes meanwhile. Compiler threads come and go; one that ended keeps the ticks last seen.
 */
final class CompilerThreads {
    private final Path tasks;
    private final Map<String, Boolean> isCompilerByTask = new HashMap<>();
    private final Map<String, Long> ticksByTask = new HashMap<>();

    CompilerThreads(long pid) {
        this.tasks = Path.of("/proc", String.valueOf(pid), "task");
    }

    /** Clock ticks (user + system) of every compiler thread seen so far; reads the live ones again. */
    long ticks() {
        try (Stream<Path> live = Files.list(tasks)) {
            live.forEach(task -> {
                String tid = task.getFileName().toString();
                if (isCompilerByTask.computeIfAbsent(tid, unused -> isCompiler(task))) {
                    ProcStat.cpuTicks(task.resolve("stat")).ifPresent(ticks -> ticksByTask.merge(tid, ticks, Math::max));
                }
            });
        } catch (IOException | RuntimeException gone) {
            // The process ended: what was seen stands.
        }
        return ticksByTask.values().stream().mapToLong(Long::longValue).sum();
    }

    private static boolean isCompiler(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).trim();
            return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
        } catch (IOException gone) {
            return false;
        }
    }
}
