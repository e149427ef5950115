package io.streambench.api.fork;

import io.streambench.api.engine.EngineSample;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.engine.JobOutcome;
import io.streambench.api.engine.LifecycleEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A job running in a forked engine JVM, followed through the lifecycle lines on the JVM's standard output.
 * {@link #cancel} sends SIGTERM (the engine cancels its job and reports), {@link #kill} SIGKILL (a crash),
 * {@link #suspend} the suspend command on the JVM's standard input (a planned stop).
 */
public final class ForkedJobHandle implements JobHandle {
    private static final Logger LOG = LoggerFactory.getLogger(ForkedJobHandle.class);
    private static final Duration GRACE = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 30;
    /** A savepoint of a large state takes a while; the engine's own stop is bounded as well. */
    private static final Duration SUSPEND_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final Path logFile;
    private final List<LifecycleEvent> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<JobOutcome> outcome;
    private final List<EngineSample> samples = new CopyOnWriteArrayList<>();
    private volatile Map<String, Long> counters = Map.of();
    private volatile boolean killed;

    ForkedJobHandle(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
        Thread reader = new Thread(this::readProtocol, "engine-protocol-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        this.outcome = process.onExit().thenApply(exited -> {
            joinQuietly(reader);
            return outcomeOf(exited.exitValue());
        });
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle processHandle() {
        return process.toHandle();
    }

    /** The lifecycle lines seen so far, in order. */
    public List<LifecycleEvent> events() {
        return List.copyOf(events);
    }

    public Optional<LifecycleEvent> firstEvent(String type) {
        return events.stream().filter(event -> event.event().equals(type)).findFirst();
    }

    @Override
    public Optional<JobOutcome> await(Duration timeout) throws InterruptedException {
        return JobOutcome.within(outcome, timeout);
    }

    @Override
    public void cancel() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("engine process {} did not stop within {} s after SIGTERM; killing it", process.pid(),
                        GRACE.toSeconds());
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /**
     * Asks the engine for a planned stop and waits (bounded) until its process has ended suspended; returns the resume
     * point the engine named. A process that does not stop in time is killed.
     *
     * @throws UnsupportedOperationException if the engine refused (the job goes on), with its reason
     */
    @Override
    public String suspend() {
        int seen = events.size();
        try {
            Writer commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            commands.write(LifecycleEvent.SUSPEND_COMMAND + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new IllegalStateException("cannot ask engine process " + process.pid() + " to suspend: "
                    + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + SUSPEND_TIMEOUT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Optional<LifecycleEvent> answer = events.subList(seen, events.size()).stream()
                        .filter(event -> event.event().equals(LifecycleEvent.SUSPEND_REFUSED)).findFirst();
                if (answer.isPresent()) {
                    throw new UnsupportedOperationException(answer.get().detail());
                }
                Optional<JobOutcome> ended = await(Duration.ofMillis(100));
                if (ended.isPresent()) {
                    if (ended.get().state() != JobOutcome.State.SUSPENDED) {
                        throw new IllegalStateException("engine process " + process.pid() + " ended " + ended.get().state()
                                + " instead of suspending" + (ended.get().failure() == null ? "" : ": " + ended.get().failure()));
                    }
                    return firstEvent(LifecycleEvent.SUSPENDED).map(LifecycleEvent::detail).orElse(null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        throw new IllegalStateException("engine process " + process.pid() + " did not suspend within "
                + SUSPEND_TIMEOUT.toSeconds() + " s; killed it");
    }

    /** SIGKILL, as a crash would: no cancellation, no report. Waits until the process is gone. */
    public void kill() {
        killed = true;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public Map<String, Long> counters() {
        return counters;
    }

    /** The engine's readings of the job's load, in the order it printed them; they stay after the job ended. */
    public List<EngineSample> samples() {
        return List.copyOf(samples);
    }

    private void readProtocol() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                try {
                    LifecycleEvent event = LifecycleEvent.parse(line);
                    if (event.sample() != null) {
                        samples.add(event.sample());
                        continue;
                    }
                    events.add(event);
                    if (!event.counters().isEmpty()) {
                        counters = event.counters();
                    }
                } catch (RuntimeException notProtocol) {
                    LOG.info("engine {} printed: {}", process.pid(), line);
                }
            }
        } catch (IOException e) {
            LOG.debug("engine {} output closed", process.pid(), e);
        }
    }

    private JobOutcome outcomeOf(int exitCode) {
        if (killed) {
            return new JobOutcome(JobOutcome.State.FAILED, "killed (SIGKILL)", counters);
        }
        Optional<LifecycleEvent> last = events.stream().filter(ForkedJobHandle::isTerminal).reduce((a, b) -> b);
        if (last.isEmpty()) {
            return new JobOutcome(JobOutcome.State.FAILED, "engine process exited with code " + exitCode
                    + " without reporting an outcome; last lines of " + logFile + ":\n" + LogTail.of(logFile, LOG_TAIL_LINES),
                    counters);
        }
        return switch (last.get().event()) {
            case LifecycleEvent.FINISHED -> new JobOutcome(JobOutcome.State.FINISHED, null, counters);
            case LifecycleEvent.CANCELLED -> new JobOutcome(JobOutcome.State.CANCELLED, null, counters);
            case LifecycleEvent.SUSPENDED -> new JobOutcome(JobOutcome.State.SUSPENDED, null, counters);
            case LifecycleEvent.UNSUPPORTED -> new JobOutcome(JobOutcome.State.UNSUPPORTED, last.get().detail(), counters);
            default -> new JobOutcome(JobOutcome.State.FAILED, last.get().detail(), counters);
        };
    }

    private static boolean isTerminal(LifecycleEvent event) {
        return switch (event.event()) {
            case LifecycleEvent.FINISHED, LifecycleEvent.CANCELLED, LifecycleEvent.SUSPENDED, LifecycleEvent.FAILED,
                 LifecycleEvent.UNSUPPORTED -> true;
            default -> false;
        };
    }

    private static void joinQuietly(Thread reader) {
        try {
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
