package io.streambench.rabbitmq;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The RabbitMQ server of this machine, restarted the way an operator would: {@code rabbitmqctl stop_app} then
 * {@code start_app}; durable queues and persistent messages survive, every connection is dropped.
 */
final class LocalRabbitMqServer {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private LocalRabbitMqServer() {
    }

    static void restart() {
        run(List.of("rabbitmqctl", "stop_app"));
        run(List.of("rabbitmqctl", "start_app"));
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
            throw new IllegalStateException("cannot run " + String.join(" ", command) + " (is rabbitmqctl on the PATH "
                    + "and may this user run it?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }
}
