package io.streambench.api.fork;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How to start an engine's JVM: its main class, its own class path (engines never share one), JVM options and the
 * arguments that follow the job file (e.g. {@code --cluster host:port}).
 */
public record EngineLauncher(String engine, String mainClass, String classpath, List<String> jvmOptions,
                             List<String> arguments) {
    private static final String ENGINE_JVM_OPTIONS = "/streambench/engine-jvm-options.txt";

    public EngineLauncher {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(classpath, "classpath");
        jvmOptions = List.copyOf(jvmOptions);
        arguments = List.copyOf(arguments);
    }

    public EngineLauncher withArguments(List<String> newArguments) {
        return new EngineLauncher(engine, mainClass, classpath, jvmOptions, newArguments);
    }

    /** The module openings Flink and Spark need on Java 17, as the parent build defines them. */
    public static List<String> engineJvmOptions() {
        try (InputStream in = EngineLauncher.class.getResourceAsStream(ENGINE_JVM_OPTIONS)) {
            if (in == null) {
                throw new IllegalStateException(ENGINE_JVM_OPTIONS + " is missing from the api jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
