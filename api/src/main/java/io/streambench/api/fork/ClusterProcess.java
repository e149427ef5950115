package io.streambench.api.fork;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One process of a project-started cluster, in a JVM of its own under a directory of its own: {@code <role>.log} (the
 * engine's log), {@code stderr.log} and {@code tmp/}. Its standard output is read for its {@link ClusterEvent}; its
 * standard input stays open while the bench wants it, which is what keeps it running ({@link StandardInputLifeline}).
 */
final class ClusterProcess {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 20;

    private final String role;
    private final Path directory;
    private final Process process;
    private final CompletableFuture<ClusterEvent> ready = new CompletableFuture<>();

    private ClusterProcess(String role, Path directory, Process process, String readyEvent) {
        this.role = role;
        this.directory = directory;
        this.process = process;
        Thread reader = new Thread(() -> readUntil(readyEvent), role + "-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static ClusterProcess start(EngineDescriptor engine, String role, String mainClass, Path directory,
                                List<String> arguments, String readyEvent) {
        try {
            Path tmp = Files.createDirectories(directory.resolve("tmp"));
            List<String> options = new ArrayList<>(engine.launcher().jvmOptions());
            options.add("-Djava.io.tmpdir=" + tmp);
            options.add("-Dstreambench.log.file=" + directory.resolve(role + ".log"));
            Process process = ForkedJvm.onClasspath(engine.name() + "-" + role, engine.classpath(), options, mainClass,
                            arguments)
                    .redirectError(ProcessBuilder.Redirect.appendTo(directory.resolve("stderr.log").toFile()))
                    .start();
            ChildProcesses.track(process);
            return new ClusterProcess(role, directory, process, readyEvent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + engine.name() + " cluster's " + role, e);
        }
    }

    String role() {
        return role;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Its ready line, waited for until {@code deadline} (System.nanoTime); a process that dies first says why. */
    ClusterEvent awaitReady(long deadline) throws InterruptedException {
        try {
            CompletableFuture.anyOf(ready, process.onExit())
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException notYet) {
            // told apart below
        }
        if (ready.isDone()) {
            return ready.join();
        }
        if (!process.isAlive()) {
            throw new IllegalStateException(role + " (pid " + pid() + ") exited with code " + process.exitValue()
                    + " before it was ready; " + tails());
        }
        throw new IllegalStateException(role + " (pid " + pid() + ") was not ready in time; " + tails());
    }

    /** Stops it cleanly by closing its standard input, and kills it if it takes longer than 30 s. */
    void stop() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            process.destroy();
        }
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills it at once, as a crash would; waits a bounded time for it to be gone. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(KILL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readUntil(String readyEvent) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                ClusterEvent.parse(line).filter(event -> event.event().equals(readyEvent)).ifPresent(ready::complete);
            }
        } catch (IOException e) {
            // the process has gone; awaitReady reports it
        }
    }

    private String tails() {
        return "last lines of " + directory.resolve(role + ".log") + ":\n"
                + LogTail.of(directory.resolve(role + ".log"), LOG_TAIL_LINES)
                + "\nlast lines of " + directory.resolve("stderr.log") + ":\n"
                + LogTail.of(directory.resolve("stderr.log"), LOG_TAIL_LINES);
    }
}
