package io.streambench.api.engine;

import io.streambench.api.result.EmissionCounter;
import io.streambench.api.run.JobSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The body of an engine's {@code main} in a forked JVM: reads the job, runs it, and speaks the {@link LifecycleEvent}
 * protocol on standard output (everything else the JVM prints goes to standard error). SIGTERM cancels the job and
 * still reports its counters; the line {@value LifecycleEvent#SUSPEND_COMMAND} on standard input stops it for a planned
 * restart ({@link JobHandle#suspend}). Returns the process exit code.
 */
public final class EngineProcess {
    private static final Duration POLL = Duration.ofMillis(100);
    private static final long COUNTERS_EVERY_MILLIS = 1_000;
    /** Engines update their own load metrics every few seconds (Flink's REST API caches them for 3 s by default). */
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(2);
    private static final Duration RESUME_POINT_WAIT = Duration.ofSeconds(10);
    /** How long an orphaned engine may take to cancel its job before it halts. */
    private static final Duration ORPHAN_EXIT = Duration.ofSeconds(5);

    private final Engine engine;
    private final PrintStream protocol;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final CompletableFuture<String> resumePoint = new CompletableFuture<>();
    /** The running job, once submitted: the bench's commands may arrive, and its stdin may end, before that. */
    private final CompletableFuture<JobHandle> running = new CompletableFuture<>();

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
        JobSpec submitted = job;
        // Followed from before the submission, which can block (a broker that went away with the bench): an engine
        // whose bench is gone must not wait for it to return.
        Thread commands = new Thread(() -> followCommands(submitted), "engine-commands");
        commands.setDaemon(true);
        commands.start();
        JobHandle handle;
        try {
            engine.checkSupported(job);
            handle = engine.submit(job);
        } catch (UnsupportedCombinationException e) {
            // Also when a translator refuses what the capabilities let through: reported as unsupported, not failed.
            end(LifecycleEvent.UNSUPPORTED, job.jobId(), e.getMessage(), Map.of());
            return LifecycleEvent.EXIT_UNSUPPORTED;
        } catch (RuntimeException e) {
            end(LifecycleEvent.FAILED, job.jobId(), "cannot start: " + e.getMessage(), Map.of());
            return LifecycleEvent.EXIT_FAILED;
        }
        print(LifecycleEvent.STARTED, job.jobId(), engine.name() + " " + engine.version(), Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> cancelOnSignal(handle, job), "cancel-on-signal"));
        running.complete(handle);
        Thread sampler = new Thread(() -> sample(handle, job), "engine-samples");
        sampler.setDaemon(true);
        sampler.start();
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

    /**
     * Prints the engine's readings of the job's load as {@code metrics} lines until the job ends; a thread of its own,
     * since a reading may take a while (an HTTP request to the cluster) and must not delay the first result's line.
     */
    private void sample(JobHandle handle, JobSpec job) {
        try {
            while (!ended.get()) {
                Thread.sleep(SAMPLE_EVERY.toMillis());
                for (EngineSample reading : handle.newSamples()) {
                    printSample(job.jobId(), reading);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("engine metrics are no longer read: " + e);
        }
    }

    private int report(JobOutcome outcome, JobSpec job) {
        switch (outcome.state()) {
            case FINISHED -> end(LifecycleEvent.FINISHED, job.jobId(), null, outcome.counters());
            case CANCELLED -> end(LifecycleEvent.CANCELLED, job.jobId(), null, outcome.counters());
            case SUSPENDED -> end(LifecycleEvent.SUSPENDED, job.jobId(), resumePoint(), outcome.counters());
            default -> end(LifecycleEvent.FAILED, job.jobId(), outcome.failure(), outcome.counters());
        }
        return outcome.state() == JobOutcome.State.FAILED ? LifecycleEvent.EXIT_FAILED : LifecycleEvent.EXIT_OK;
    }

    /**
     * Standard input carries commands from the bench; it ends when the bench closes it or goes away (killed, even by
     * SIGKILL: the operating system closes its end of the pipe). Either way nobody is left to read the results, so
     * the job is cancelled (by the shutdown hook) and this JVM exits rather than run on as an orphan.
     */
    private void followCommands(JobSpec job) {
        try (BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                if (line.trim().equals(LifecycleEvent.SUSPEND_COMMAND)) {
                    suspend(job);
                } else if (!line.isBlank()) {
                    System.err.println("unknown command on standard input, ignored: " + line);
                }
            }
        } catch (IOException e) {
            System.err.println("standard input failed: " + e.getMessage());
        }
        if (!ended.get()) {
            System.err.println("standard input ended: the bench is gone; cancelling the job and exiting");
            exitWithin(ORPHAN_EXIT);
        }
    }

    /** Exits, running the shutdown hooks (which cancel the job), or halts if they take longer than {@code bound}. */
    private static void exitWithin(Duration bound) {
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(bound.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(LifecycleEvent.EXIT_FAILED);
        }, "halt-if-exit-hangs");
        halt.setDaemon(true);
        halt.start();
        System.exit(LifecycleEvent.EXIT_FAILED);
    }

    private void suspend(JobSpec job) {
        JobHandle handle = running.getNow(null);
        if (handle == null) {
            print(LifecycleEvent.SUSPEND_REFUSED, job.jobId(), "the job has not started yet", Map.of());
            return;
        }
        try {
            resumePoint.complete(handle.suspend());
        } catch (UnsupportedOperationException | IllegalStateException refused) {
            print(LifecycleEvent.SUSPEND_REFUSED, job.jobId(), refused.getMessage(), Map.of());
        }
    }

    /** The job has stopped suspended; the thread that asked for it names the resume point once the engine returns it. */
    private String resumePoint() {
        try {
            return resumePoint.get(RESUME_POINT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
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

    private synchronized void printSample(String jobId, EngineSample reading) {
        if (!ended.get()) {
            protocol.println(LifecycleEvent.metrics(engine.name(), jobId, reading).toLine());
            protocol.flush();
        }
    }

    private synchronized void print(String event, String jobId, String detail, Map<String, Long> counters) {
        protocol.println(LifecycleEvent.of(event, engine.name(), jobId, detail, counters).toLine());
        protocol.flush();
    }
}
