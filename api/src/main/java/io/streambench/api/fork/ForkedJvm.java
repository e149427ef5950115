package io.streambench.api.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Every JVM streambench forks (engines, brokers, loaders, measurements) runs on the JDK of this one and carries
 * {@code -Dio.streambench.role=...}, so that a process left behind is found by {@code pgrep -af 'io\.streambench\.'}.
 */
public final class ForkedJvm {
    private static final int LOG_TAIL_LINES = 20;

    private ForkedJvm() {
    }

    /** A JVM on a given class path, e.g. an engine's or the Kafka server's. */
    public static ProcessBuilder onClasspath(String role, String classpath, List<String> jvmOptions, String mainClass,
                                             List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Dio.streambench.role=" + role);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(arguments);
        return new ProcessBuilder(command);
    }

    /** A JVM on the class path of this one. */
    public static ProcessBuilder onThisClasspath(String role, List<String> jvmOptions, String mainClass,
                                                 List<String> arguments) {
        return onClasspath(role, System.getProperty("java.class.path"), jvmOptions, mainClass, arguments);
    }

    /**
     * Runs a JVM to its end with its output in {@code output} and returns the lines it printed. Until then it is one of
     * the {@link ChildProcesses}, killed if this JVM exits first.
     *
     * @throws IllegalStateException if it does not end within {@code timeout} (it is killed) or ends with an error
     */
    public static List<String> runToEnd(String what, ProcessBuilder builder, Path output, Duration timeout) {
        Process process;
        try {
            process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + what, e);
        }
        ChildProcesses.track(process);
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException(what + " did not finish within " + timeout.toSeconds() + " s; "
                        + tail(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what + " ran", e);
        } finally {
            process.destroyForcibly();
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(what + " exited with code " + process.exitValue() + "; " + tail(output));
        }
        try {
            return Files.readAllLines(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + output, e);
        }
    }

    /** The last lines of a forked JVM's output, for a failure message. */
    public static String tail(Path output) {
        return "last lines of " + output + ":\n" + LogTail.of(output, LOG_TAIL_LINES);
    }

    /** The java executable of this JVM, so that what it forks runs on the same JDK. */
    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
