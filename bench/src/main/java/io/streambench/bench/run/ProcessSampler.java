package io.streambench.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads a process's cost from Linux {@code /proc}: CPU time (user + system, in clock ticks) and the peak resident set
 * (VmHWM), sampled while it runs because both vanish with the process. The CPU samples are kept as a timeline, so
 * that the CPU spent between two instants of the run (start-up, a steady stretch of the load) can be told afterwards.
 */
final class ProcessSampler implements AutoCloseable {
    /** USER_HZ: the unit of /proc/[pid]/stat times; 100 on every Linux architecture the JDK supports. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final long EVERY_MILLIS = 250;

    private final long pid;
    private final ScheduledExecutorService timer;
    private final List<long[]> timeline = new ArrayList<>();
    private volatile long cpuTicks;
    private volatile long peakRssKb;

    private ProcessSampler(long pid) {
        this.pid = pid;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sample-" + pid);
            thread.setDaemon(true);
            return thread;
        });
    }

    static ProcessSampler start(long pid) {
        ProcessSampler sampler = new ProcessSampler(pid);
        sampler.timer.scheduleAtFixedRate(sampler::sample, 0, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        return sampler;
    }

    /** Samples once more now (call before stopping the process). */
    void sample() {
        Path proc = Path.of("/proc", String.valueOf(pid));
        try {
            String stat = Files.readString(proc.resolve("stat"));
            // Fields after the command name, which is in parentheses and may contain spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            cpuTicks = Math.max(cpuTicks, ticks);
            synchronized (timeline) {
                timeline.add(new long[] {System.currentTimeMillis(), cpuTicks});
            }
            List<String> status = Files.readAllLines(proc.resolve("status"));
            for (String line : status) {
                if (line.startsWith("VmHWM:")) {
                    peakRssKb = Math.max(peakRssKb, Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // The process ended between samples: the last sample stands.
        }
    }

    double cpuSeconds() {
        return cpuTicks / TICKS_PER_SECOND;
    }

    /**
     * CPU seconds the process had used at {@code epochMillis}, from the samples around it (linear between them);
     * before the first sample the first, after the last the last.
     */
    double cpuSecondsAt(long epochMillis) {
        synchronized (timeline) {
            long[] before = null;
            for (long[] sample : timeline) {
                if (sample[0] >= epochMillis) {
                    if (before == null) {
                        return sample[1] / TICKS_PER_SECOND;
                    }
                    double fraction = (epochMillis - before[0]) / (double) (sample[0] - before[0]);
                    return (before[1] + fraction * (sample[1] - before[1])) / TICKS_PER_SECOND;
                }
                before = sample;
            }
            return before == null ? 0 : before[1] / TICKS_PER_SECOND;
        }
    }

    double peakRssMegabytes() {
        return peakRssKb / 1024.0;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
