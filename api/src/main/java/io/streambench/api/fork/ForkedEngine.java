package io.streambench.api.fork;

import io.streambench.api.engine.Engine;
import io.streambench.api.engine.EngineCapabilities;
import io.streambench.api.engine.EngineDescription;
import io.streambench.api.run.JobSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An engine run in a JVM of its own per job, as the bench runs engines: the job goes in as a JSON file, the engine's
 * main speaks the lifecycle protocol back, its logs go to {@code <workDir>/engine.log}. Capabilities are asked once
 * from the engine's main ({@code --describe}), so that an unsupported job is refused before anything is forked.
 */
public final class ForkedEngine implements Engine {
    private static final long DESCRIBE_TIMEOUT_SECONDS = 120;
    /** Under the job's work directory: the engine JVM's temporary directory, deleted when the JVM exits. */
    private static final String TEMP_DIRECTORY = "tmp";

    private final EngineLauncher launcher;
    private volatile EngineDescription description;

    public ForkedEngine(EngineLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public String name() {
        return launcher.engine();
    }

    /** The class path the engine runs on, its broker client libraries among it. */
    public String classpath() {
        return launcher.classpath();
    }

    @Override
    public String version() {
        return description().version();
    }

    @Override
    public EngineCapabilities capabilities() {
        return description().toCapabilities();
    }

    @Override
    public ForkedJobHandle submit(JobSpec job) {
        checkSupported(job);
        Path workDir = Path.of(job.workDir()).toAbsolutePath();
        Path logFile = workDir.resolve("engine.log");
        try {
            Files.createDirectories(workDir);
            // The job holds the broker connection, its password among it.
            Path jobFile = OwnerOnlyFile.write(workDir.resolve("job.json"), job.toJson());
            List<String> arguments = new ArrayList<>(List.of(jobFile.toString()));
            arguments.addAll(launcher.arguments());
            // One directory per process (tmp-*): a restarted engine shares the work directory with the one before,
            // whose exit (noticed late after a SIGKILL) must not remove what the new one extracted there (RocksDB's
            // native library).
            Path tempDirectory = Files.createTempDirectory(workDir, TEMP_DIRECTORY + "-");
            Process process = start(arguments, logFile, workDir.resolve("engine-stderr.log"), tempDirectory);
            process.onExit().thenRun(() -> Directories.deleteQuietly(tempDirectory));
            return new ForkedJobHandle(process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name() + " for job " + job.jobId(), e);
        }
    }

    /**
     * @param tempDirectory the JVM's {@code java.io.tmpdir}, so that what the engine writes there (Flink's RPC jar
     *                      and blob store, Spark's block manager and spill files) stays with the job; null keeps the
     *                      system's
     */
    private Process start(List<String> arguments, Path logFile, Path stderrFile, Path tempDirectory) throws IOException {
        List<String> jvmOptions = new ArrayList<>(launcher.jvmOptions());
        if (tempDirectory != null) {
            jvmOptions.add("-Djava.io.tmpdir=" + tempDirectory);
        }
        jvmOptions.add("-Dstreambench.log.file=" + logFile);
        Process process = ForkedJvm.onClasspath(launcher.engine() + "-engine", launcher.classpath(), jvmOptions,
                        launcher.mainClass(), arguments)
                .redirectError(ProcessBuilder.Redirect.appendTo(stderrFile.toFile()))
                .start();
        ChildProcesses.track(process);
        return process;
    }

    private EngineDescription description() {
        EngineDescription known = description;
        if (known == null) {
            known = describe();
            description = known;
        }
        return known;
    }

    private EngineDescription describe() {
        try {
            Path scratch = Files.createTempFile("streambench-describe-" + launcher.engine(), ".log");
            Process process = start(List.of("--describe"), scratch, scratch, null);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(DESCRIBE_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("cannot describe engine " + launcher.engine() + ": "
                        + LogTail.of(scratch, 20));
            }
            Files.deleteIfExists(scratch);
            return EngineDescription.fromJson(output.lines().reduce((first, second) -> second).orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot describe engine " + launcher.engine(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing engine " + launcher.engine(), e);
        }
    }
}
