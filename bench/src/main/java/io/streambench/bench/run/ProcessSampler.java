package io.streambench.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads a process's cost from Linux {@code /proc}: CPU time (user + system, in clock ticks), that of its JIT compiler
 * threads among it, and the peak resident set (VmHWM), sampled while it runs because all vanish with the process. The
 * CPU samples are kept as a timeline, so that the CPU spent between two instants of the run (start-up, a steady
 * stretch of the load) can be told afterwards.
 */
final class ProcessSampler implements AutoCloseable {
    /** USER_HZ: the unit of /proc/[pid]/stat times; 100 on every Linux architecture the JDK supports. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final long EVERY_MILLIS = 250;

    private final long pid;
    /** What the process had used before this sampler started: zero for a process started for the job. */
    private long baselineCpuTicks;
    private long baselineCompilerTicks;
    private final ScheduledExecutorService timer;
    private final List<long[]> timeline = new ArrayList<>();
    private final CompilerThreads compilerThreads;
    private volatile long cpuTicks;
    private volatile long compilerTicks;
    private volatile long peakRssKb;

    private ProcessSampler(long pid) {
        this.pid = pid;
        this.compilerThreads = new CompilerThreads(pid);
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

    /**
     * Samples a process that was already running (a cluster's, serving one job after another) from now on: its CPU
     * counts from zero here. Its peak resident set stays that of its whole life.
     */
    static ProcessSampler fromNow(long pid) {
        ProcessSampler sampler = new ProcessSampler(pid);
        sampler.sample();
        synchronized (sampler) {
            sampler.baselineCpuTicks = sampler.cpuTicks;
            sampler.baselineCompilerTicks = sampler.compilerTicks;
            synchronized (sampler.timeline) {
                sampler.timeline.clear();
            }
        }
        sampler.timer.scheduleAtFixedRate(sampler::sample, 0, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        return sampler;
    }

    /** Samples once more now (call before stopping the process). */
    synchronized void sample() {
        Path proc = Path.of("/proc", String.valueOf(pid));
        try {
            OptionalLong ticks = ProcStat.cpuTicks(proc.resolve("stat"));
            if (ticks.isEmpty()) {
                return;
            }
            cpuTicks = Math.max(cpuTicks, ticks.getAsLong());
            compilerTicks = Math.max(compilerTicks, compilerThreads.ticks());
            synchronized (timeline) {
                timeline.add(new long[] {System.currentTimeMillis(), cpuTicks - baselineCpuTicks,
                        compilerTicks - baselineCompilerTicks});
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
        return (cpuTicks - baselineCpuTicks) / TICKS_PER_SECOND;
    }

    /**
     * CPU seconds the process had used at {@code epochMillis}, from the samples around it (linear between them);
     * before the first sample the first, after the last the last.
     */
    double cpuSecondsAt(long epochMillis) {
        return at(epochMillis, 1);
    }

    /** The same for its JIT compiler threads alone: warm-up, which a steady-state cost leaves out. */
    double compilerSecondsAt(long epochMillis) {
        return at(epochMillis, 2);
    }

    double compilerSeconds() {
        return (compilerTicks - baselineCompilerTicks) / TICKS_PER_SECOND;
    }

    private double at(long epochMillis, int column) {
        synchronized (timeline) {
            long[] before = null;
            for (long[] sample : timeline) {
                if (sample[0] >= epochMillis) {
                    if (before == null) {
                        return sample[column] / TICKS_PER_SECOND;
                    }
                    double fraction = (epochMillis - before[0]) / (double) (sample[0] - before[0]);
                    return (before[column] + fraction * (sample[column] - before[column])) / TICKS_PER_SECOND;
                }
                before = sample;
            }
            return before == null ? 0 : before[column] / TICKS_PER_SECOND;
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
