package io.streambench.bench.report.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.streambench.api.json.Json;

/**
 * A headless Chromium of the machine, started with a fresh profile and DevTools on a free port of the loopback
 * interface. Closing it ends the browser and every process it started, and deletes the profile.
 */
final class Chromium implements AutoCloseable {
    static final String BINARY_VARIABLE = "STREAMBENCH_CHROMIUM";
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final Duration POLL = Duration.ofMillis(100);

    private final Process process;
    private final Path profile;
    private final int port;

    private Chromium(Process process, Path profile, int port) {
        this.process = process;
        this.profile = profile;
        this.port = port;
    }

    /** The binary named by {@value #BINARY_VARIABLE}, else the first Chromium or Chrome on the PATH. */
    static Optional<Path> find() {
        String named = System.getenv(BINARY_VARIABLE);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static String whereLooked() {
        return "$" + BINARY_VARIABLE + ", or " + String.join(", ", NAMES) + " on the PATH";
    }

    static Chromium start(Path binary, Path log, Duration timeout) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("streambench-chromium-");
        // The background-networking flags keep Chromium from calling home: this machine refuses such connections.
        List<String> command = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "about:blank");
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        Chromium chromium = null;
        try {
            chromium = new Chromium(process, profile, debuggingPort(process, profile.resolve("DevToolsActivePort"), timeout, log));
            return chromium;
        } finally {
            if (chromium == null) {
                stop(process);
                deleteProfile(profile);
            }
        }
    }

    /** Chromium writes the port it chose into its profile once DevTools listens. */
    private static int debuggingPort(Process process, Path portFile, Duration timeout, Path log)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Chromium exited with code " + process.exitValue() + "; see " + log);
            }
            if (Files.isRegularFile(portFile)) {
                List<String> lines = Files.readAllLines(portFile);
                if (lines.size() >= 2 && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).trim());
                }
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IOException("Chromium did not open DevTools within " + timeout.toSeconds() + " s; see " + log);
    }

    /** The DevTools WebSocket of the browser's first page. */
    URI pageWebSocket(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .timeout(timeout).GET().build();
        JsonNode targets = Json.json().readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode target : targets) {
            if ("page".equals(target.path("type").asText())) {
                return URI.create(target.path("webSocketDebuggerUrl").asText());
            }
        }
        throw new IOException("Chromium lists no page target: " + targets);
    }

    @Override
    public void close() {
        stop(process);
        deleteProfile(profile);
    }

    private static void stop(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle descendant : descendants) {
                descendant.onExit().completeOnTimeout(descendant, 5, TimeUnit.SECONDS).join();
                if (descendant.isAlive()) {
                    descendant.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the Chromium profile " + profile, e);
        }
    }
}
