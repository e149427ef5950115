package io.streambench.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streambench.api.fork.ChildProcesses;
import io.streambench.api.fork.EngineDescriptor;
import io.streambench.api.fork.EngineLauncher;
import io.streambench.api.fork.ForkedJvm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster of this module's engine, forked as the bench forks it: from the engine's descriptor
 * ({@code clusterCoordinator}, {@code clusterWorker}) with the engine's class path and JVM options, one master and
 * {@code workers} workers of {@code slots} cores, each announcing itself with its protocol line on standard output.
 */
final class ForkedSparkCluster {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READY = Duration.ofSeconds(120);
    private static final Duration STOP = Duration.ofSeconds(30);

    private final List<Process> processes = new ArrayList<>();
    private String endpoint;

    private ForkedSparkCluster() {
    }

    static ForkedSparkCluster start(Path workDir, int workers, int slots) {
        EngineLauncher launcher = EngineDescriptor.inModule(Path.of("")).launcher();
        Properties descriptor = descriptor();
        ForkedSparkCluster cluster = new ForkedSparkCluster();
        try {
            Process master = cluster.fork(launcher, "spark-master", descriptor.getProperty("clusterCoordinator"),
                    List.of(workDir.toString()), workDir.resolve("master.stderr"));
            cluster.endpoint = awaitEvent(master, "cluster-ready", workDir.resolve("master.stderr"))
                    .get("endpoint").asText();
            for (int n = 1; n <= workers; n++) {
                Path stderr = workDir.resolve("worker-" + n + ".stderr");
                Process worker = cluster.fork(launcher, "spark-worker", descriptor.getProperty("clusterWorker"),
                        List.of(workDir.toString(), cluster.endpoint, String.valueOf(slots)), stderr);
                awaitEvent(worker, "worker-ready", stderr);
            }
            return cluster;
        } catch (RuntimeException e) {
            cluster.stop();
            throw e;
        }
    }

    String endpoint() {
        return endpoint;
    }

    /** The cluster's JVMs, the executors its workers started among them. */
    List<ProcessHandle> processes() {
        return processes.stream().flatMap(process -> Stream.concat(Stream.of(process.toHandle()),
                process.descendants())).toList();
    }

    /**
     * Stops the workers, then the master (SIGTERM, as the bench does); returns the cluster's processes (executors
     * among them) still alive afterwards.
     */
    List<ProcessHandle> stop() {
        // Taken before stopping: an executor whose worker is gone is no longer its descendant.
        List<ProcessHandle> all = processes();
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            process.destroy();
            try {
                process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return all.stream().filter(ProcessHandle::isAlive).toList();
    }

    private Process fork(EngineLauncher launcher, String role, String mainClass, List<String> arguments, Path stderr) {
        try {
            Files.createDirectories(stderr.getParent());
            // Standard input stays an open pipe: its end tells a cluster process that this JVM is gone.
            Process process = ForkedJvm.onClasspath(role, launcher.classpath(), launcher.jvmOptions(), mainClass,
                    arguments).redirectError(stderr.toFile()).start();
            ChildProcesses.track(process);
            processes.add(process);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + role, e);
        }
    }

    private static JsonNode awaitEvent(Process process, String event, Path stderr) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<JsonNode> line = CompletableFuture.supplyAsync(() -> {
            try {
                for (String next = lines.readLine(); next != null; next = lines.readLine()) {
                    JsonNode node = JSON.readTree(next);
                    if (event.equals(node.path("event").asText())) {
                        return node;
                    }
                }
                throw new IllegalStateException("ended without " + event);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return line.get(READY.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("no " + event + " line within " + READY.toSeconds() + " s ("
                    + e.getMessage() + "); " + ForkedJvm.tail(stderr), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + event, e);
        }
    }

    private static Properties descriptor() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("target", "engine.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
