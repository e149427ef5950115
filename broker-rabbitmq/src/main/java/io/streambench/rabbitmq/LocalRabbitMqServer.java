package io.streambench.rabbitmq;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The RabbitMQ server of this machine, restarted the way an operator would: {@code rabbitmqctl stop_app} then
 * {@code start_app}; durable queues and persistent messages survive, every connection is dropped. Its stream protocol
 * is enabled the same way, with {@code rabbitmq-plugins}.
 */
final class LocalRabbitMqServer {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);
    /** Where the Debian package keeps the node's files, its pid file among them, unless RABBITMQ_MNESIA_BASE says. */
    private static final String DEFAULT_MNESIA_BASE = "/var/lib/rabbitmq/mnesia";

    private LocalRabbitMqServer() {
    }

    static void restart() {
        run(List.of("rabbitmqctl", "stop_app"));
        run(List.of("rabbitmqctl", "start_app"));
    }

    /** Enables the {@code rabbitmq_stream} plugin on the running node (and for its next starts). */
    static void enableStreamPlugin() {
        run(List.of("rabbitmq-plugins", "enable", "rabbitmq_stream"));
    }

    /**
     * The running node's Erlang VM ({@code beam.smp}), from {@code <mnesia base>/<node>.pid}; empty if there is no
     * single pid file of a live process (the server runs elsewhere, or its files are not readable here).
     */
    static OptionalLong processId() {
        Path base = Path.of(Optional.ofNullable(System.getenv("RABBITMQ_MNESIA_BASE")).orElse(DEFAULT_MNESIA_BASE));
        try (Stream<Path> files = Files.list(base)) {
            List<Long> live = files.filter(file -> file.getFileName().toString().endsWith(".pid"))
                    .map(LocalRabbitMqServer::readPid).flatMap(Optional::stream)
                    .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).toList();
            return live.size() == 1 ? OptionalLong.of(live.get(0)) : OptionalLong.empty();
        } catch (IOException | SecurityException unreadable) {
            return OptionalLong.empty();
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within "
                        + COMMAND_TIMEOUT.toSeconds() + " s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                        + "): " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + " (is " + command.get(0)
                    + " on the PATH and may this user run it?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }
}
