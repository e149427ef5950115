package io.streambench.api.engine;

import io.streambench.api.result.EmissionCounter;
import io.streambench.api.run.JobSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The body of an engine's {@code main} in a forked JVM: reads the job, runs it, and speaks the {@link LifecycleEvent}
 * protocol on standard output (everything else the JVM prints goes to standard error). SIGTERM cancels the job and
 * still reports its counters. Returns the process exit code.
 */
public final class EngineProcess {
    private static final Duration POLL = Duration.ofMillis(100);
    private static final long COUNTERS_EVERY_MILLIS = 1_000;

    private final Engine engine;
    private final PrintStream protocol;
    private final AtomicBoolean ended = new AtomicBoolean();

    private EngineProcess(Engine engine, PrintStream protocol) {
        this.engine = engine;
        this.protocol = protocol;
    }

    /** Prints the engine's {@link EngineDescription} as one JSON line: what {@code --describe} answers. */
    public static int describe(Engine engine) {
        System.out.println(EngineDescription.of(engine).toJson());
        System.out.flush();
        return LifecycleEvent.EXIT_OK;
    }

    public static int run(Engine engine, Path jobFile) {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        return new EngineProcess(engine, protocol).run(jobFile);
    }

    private int run(Path jobFile) {
        JobSpec job;
        try {
            job = JobSpec.fromJson(Files.readString(jobFile));
        } catch (IOException | RuntimeException e) {
            end(LifecycleEvent.FAILED, null, "cannot read job " + jobFile + ": " + e.getMessage(), Map.of());
            return LifecycleEvent.EXIT_BAD_INPUT;
        }
        try {
            engine.checkSupported(job);
        } catch (UnsupportedCombinationException e) {
            end(LifecycleEvent.UNSUPPORTED, job.jobId(), e.getMessage(), Map.of());
            return LifecycleEvent.EXIT_UNSUPPORTED;
        }
        JobHandle handle;
        try {
            handle = engine.submit(job);
        } catch (RuntimeException e) {
            end(LifecycleEvent.FAILED, job.jobId(), "cannot start: " + e.getMessage(), Map.of());
            return LifecycleEvent.EXIT_FAILED;
        }
        print(LifecycleEvent.STARTED, job.jobId(), engine.name() + " " + engine.version(), Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> cancelOnSignal(handle, job), "cancel-on-signal"));
        return watch(handle, job);
    }

    private int watch(JobHandle handle, JobSpec job) {
        boolean firstResultSeen = false;
        long nextCounters = System.currentTimeMillis() + COUNTERS_EVERY_MILLIS;
        try {
            while (true) {
                Optional<JobOutcome> outcome = handle.await(POLL);
                if (!firstResultSeen && EmissionCounter.count(job.jobId()) > 0) {
                    firstResultSeen = true;
                    print(LifecycleEvent.FIRST_RESULT, job.jobId(), null, Map.of());
                }
                if (outcome.isPresent()) {
                    return report(outcome.get(), job);
                }
                if (System.currentTimeMillis() >= nextCounters) {
                    print(LifecycleEvent.COUNTERS, job.jobId(), null, handle.counters());
                    nextCounters += COUNTERS_EVERY_MILLIS;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.cancel();
            end(LifecycleEvent.CANCELLED, job.jobId(), "interrupted", handle.counters());
            return LifecycleEvent.EXIT_OK;
        }
    }

    private int report(JobOutcome outcome, JobSpec job) {
        switch (outcome.state()) {
            case FINISHED -> end(LifecycleEvent.FINISHED, job.jobId(), null, outcome.counters());
            case CANCELLED -> end(LifecycleEvent.CANCELLED, job.jobId(), null, outcome.counters());
            default -> end(LifecycleEvent.FAILED, job.jobId(), outcome.failure(), outcome.counters());
        }
        return outcome.state() == JobOutcome.State.FAILED ? LifecycleEvent.EXIT_FAILED : LifecycleEvent.EXIT_OK;
    }

    private void cancelOnSignal(JobHandle handle, JobSpec job) {
        if (ended.get() || !handle.isRunning()) {
            return;
        }
        Map<String, Long> counters = handle.counters();
        handle.cancel();
        end(LifecycleEvent.CANCELLED, job.jobId(), "stopped by signal", counters);
    }

    private void end(String event, String jobId, String detail, Map<String, Long> counters) {
        if (ended.compareAndSet(false, true)) {
            print(event, jobId, detail, counters);
        }
    }

    private synchronized void print(String event, String jobId, String detail, Map<String, Long> counters) {
        protocol.println(LifecycleEvent.of(event, engine.name(), jobId, detail, counters).toLine());
        protocol.flush();
    }
}
