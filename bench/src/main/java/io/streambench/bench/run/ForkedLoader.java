package io.streambench.bench.run;

import io.streambench.api.fork.ChildProcesses;
import io.streambench.api.fork.ForkedJvm;
import io.streambench.api.fork.LogTail;
import io.streambench.api.fork.OwnerOnlyFile;
import io.streambench.api.json.Json;
import io.streambench.api.load.LoadProgress;
import io.streambench.bench.load.LoadPlan;
import io.streambench.bench.load.LoadTarget;
import io.streambench.bench.load.LoaderLine;
import io.streambench.bench.load.LoaderMain;
import io.streambench.bench.results.CellResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The loader of one cell, {@link LoaderMain}, in a JVM of its own on the bench's class path, pinned to CPUs when asked
 * (see {@link CpuPinning}). Started early, it opens its writer while the engine starts; {@link #load} then hands it
 * the plan, follows its progress and returns its report with its CPU time, read from /proc before it may exit. Every
 * wait is bounded: a loader that fails, stalls beyond the plan's timeout or is interrupted is killed, and
 * {@link #close} reaps it whatever happened.
 */
public final class ForkedLoader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ForkedLoader.class);
    static final String PROCESS = "own JVM";
    /** The heap LoaderThroughputCheck measures the loader with. */
    private static final String HEAP = "-Xmx1g";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    /** Beyond the plan's timeout, within which a loader reports its own failure to flush. */
    private static final Duration REPORT_GRACE = Duration.ofSeconds(10);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int LOG_TAIL_LINES = 10;

    private final Process process;
    private final Path workDir;
    private final CpuPinning pinning;
    private final ProcessSampler sampler;
    private final Writer commands;
    /** Every line but progress, in order; empty once the loader's output ended. */
    private final BlockingQueue<Optional<LoaderLine>> milestones = new LinkedBlockingQueue<>();
    private volatile LoadProgress progress = LoadProgress.NONE;
    private volatile long eventsSent;
    private volatile long messagesSent;
    private volatile long lastAdvanceNanos = System.nanoTime();

    private ForkedLoader(Process process, Path workDir, CpuPinning pinning) {
        this.process = process;
        this.workDir = workDir;
        this.pinning = pinning;
        this.sampler = ProcessSampler.start(process.pid());
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readOutput, "loader-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Forks the loader, which opens a writer to {@code target}; its files (target, log) go to {@code workDir}.
     *
     * @param cpus CPUs to pin it to in taskset's list form, e.g. {@code 1}; null for none
     */
    public static ForkedLoader start(LoadTarget target, String cpus, Path workDir) {
        CpuPinning pinning = CpuPinning.of(cpus);
        try {
            Files.createDirectories(workDir);
            Path targetFile = OwnerOnlyFile.write(workDir.resolve("loader-target.json"), Json.toJson(target));
            // The bench's own logging configuration, which logs to that file: a test class path may carry one that
            // logs to standard output, where the protocol is.
            ProcessBuilder loader = ForkedJvm.onThisClasspath("loader", List.of(HEAP,
                    "-Dlog4j2.configurationFile=log4j2.xml", "-Dstreambench.log.file=" + workDir.resolve("loader.log")),
                    LoaderMain.class.getName(), List.of(targetFile.toString()));
            List<String> command = new ArrayList<>(pinning.commandPrefix());
            command.addAll(loader.command());
            Process process = loader.command(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(workDir.resolve("loader-stderr.log").toFile()))
                    .start();
            ChildProcesses.track(process);
            LOG.info("loader for {} started as process {}{}", target.stream(), process.pid(),
                    pinning.cpuSet() == null ? "" : " on CPUs " + pinning.cpuSet());
            return new ForkedLoader(process, workDir, pinning);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loader in " + workDir, e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Events the loader has handed to its writer so far, as of its last progress line (a quarter second at most). */
    public long eventsSent() {
        return eventsSent;
    }

    /**
     * Loads {@code plan}, telling {@code progress} how it goes, and returns once every event and marker is acknowledged
     * by the broker. The loader then exits.
     *
     * @throws IllegalStateException if the loader fails, ends without a report, or shows no progress for longer than
     *                               the plan's timeout (it is killed then)
     */
    public LoadOutcome load(LoadPlan plan, LoadProgress progress) throws InterruptedException {
        try {
            expect(LoaderLine.Ready.class, READY_TIMEOUT, "open its writer");
            sampler.sample();
            double startupCpuSeconds = sampler.cpuSeconds();
            this.progress = progress;
            send(plan);
            LoaderLine.Finished finished = expect(LoaderLine.Finished.class, plan.timeout().plus(REPORT_GRACE), "load");
            sampler.sample();
            // Both readings are whole /proc ticks (hundredths of a second); so is their difference.
            double cpuSeconds = Math.round((sampler.cpuSeconds() - startupCpuSeconds) * 100) / 100.0;
            eventsSent = finished.events();
            progress.advanced(finished.events());
            release();
            return new LoadOutcome(finished.report(), finished.arrivalDelays(), finished.messages(),
                    new CellResult.Loader(PROCESS, pinning.cpuSet(), cpuSeconds, startupCpuSeconds));
        } catch (RuntimeException | InterruptedException e) {
            kill();
            throw e;
        } finally {
            this.progress = LoadProgress.NONE;
        }
    }

    /** Kills the loader if it still runs (a cell that ends before or during its load) and waits until it is gone. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                kill();
            }
        } finally {
            sampler.close();
        }
    }

    private void send(LoadPlan plan) {
        try {
            commands.write(Json.toJson(plan) + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new IllegalStateException("cannot hand the loader (process " + process.pid() + ") its plan: "
                    + e.getMessage() + "; " + logs(), e);
        }
    }

    /**
     * The next line that is not progress, which must be of type {@code expected}; {@code quiet} bounds how long the
     * loader may go without progress meanwhile.
     */
    private <T extends LoaderLine> T expect(Class<T> expected, Duration quiet, String toDo) throws InterruptedException {
        lastAdvanceNanos = System.nanoTime();
        while (true) {
            Optional<LoaderLine> line = milestones.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
            if (line != null) {
                if (line.isEmpty()) {
                    throw new IllegalStateException("the loader (process " + process.pid() + ") " + exitState()
                            + " before it could " + toDo + "; " + logs());
                }
                if (line.get() instanceof LoaderLine.Failed failed) {
                    throw new IllegalStateException("the loader failed: " + failed.reason());
                }
                if (!expected.isInstance(line.get())) {
                    throw new IllegalStateException("the loader said " + line.get().toJson() + " when it should "
                            + toDo);
                }
                return expected.cast(line.get());
            }
            if (System.nanoTime() - lastAdvanceNanos > quiet.toNanos()) {
                throw new IllegalStateException("the loader (process " + process.pid() + ") showed no progress for "
                        + quiet.toSeconds() + " s while it should " + toDo + "; killed it; " + logs());
            }
        }
    }

    /** Lets the loader exit, now that its CPU time is read, and waits (bounded) until it has. */
    private void release() throws InterruptedException {
        closeInput();
        if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("the loader (process {}) did not exit within {} s of its report; killing it", process.pid(),
                    EXIT_TIMEOUT.toSeconds());
            kill();
        }
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        closeInput();
        try {
            if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.error("the loader (process {}) is still there {} s after SIGKILL", process.pid(),
                        EXIT_TIMEOUT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeInput() {
        try {
            commands.close();
        } catch (IOException e) {
            LOG.debug("loader {}: its input was closed already", process.pid(), e);
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                LoaderLine line;
                try {
                    line = LoaderLine.parse(text);
                } catch (RuntimeException notProtocol) {
                    LOG.info("loader {} printed: {}", process.pid(), text);
                    continue;
                }
                if (line instanceof LoaderLine.Progress advanced) {
                    advance(advanced);
                } else {
                    milestones.add(Optional.of(line));
                }
            }
        } catch (IOException e) {
            LOG.debug("loader {}: its output closed", process.pid(), e);
        } finally {
            milestones.add(Optional.empty());
        }
    }

    private void advance(LoaderLine.Progress line) {
        long messages = line.events() + line.markers();
        if (messages > messagesSent) {
            messagesSent = messages;
            lastAdvanceNanos = System.nanoTime();
        }
        eventsSent = line.events();
        progress.advanced(line.events());
    }

    private String exitState() throws InterruptedException {
        return process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                ? "exited with code " + process.exitValue() : "closed its output";
    }

    private String logs() {
        return "last lines of " + workDir.resolve("loader-stderr.log") + ":\n"
                + LogTail.of(workDir.resolve("loader-stderr.log"), LOG_TAIL_LINES) + "\nand of "
                + workDir.resolve("loader.log") + ":\n" + LogTail.of(workDir.resolve("loader.log"), LOG_TAIL_LINES);
    }
}
