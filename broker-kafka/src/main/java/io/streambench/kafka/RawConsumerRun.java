package io.streambench.kafka;

import io.streambench.api.broker.ConsumerRate;
import io.streambench.api.fork.Directories;
import io.streambench.api.fork.ForkedJvm;
import io.streambench.api.fork.OwnerOnlyFile;
import io.streambench.api.json.Json;
import io.streambench.api.run.BrokerConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Runs {@link RawConsumerRate} in a JVM of its own on a given class path and returns its reading. */
final class RawConsumerRun {
    private static final List<String> JVM_OPTIONS = List.of("-Xmx1g");

    private RawConsumerRun() {
    }

    static ConsumerRate measure(BrokerConnection.Kafka connection, String topic, long messages, String classpath,
                                Duration timeout) {
        Path directory;
        try {
            directory = Files.createTempDirectory("streambench-raw-consumer");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the raw consumer's files", e);
        }
        try {
            // The file holds the client properties, secrets among them: it lives only while the consumer runs.
            Path connectionFile = directory.resolve("connection.json");
            OwnerOnlyFile.write(connectionFile, Json.toJson(connection));
            List<String> lines = ForkedJvm.runToEnd("the raw consumer", ForkedJvm.onClasspath("raw-consumer",
                    classpath, JVM_OPTIONS, RawConsumerRate.class.getName(), List.of(connectionFile.toString(), topic,
                            Long.toString(messages), Long.toString(timeout.toSeconds()))),
                    directory.resolve("output.log"), timeout.plusSeconds(30));
            return lines.stream().filter(line -> line.startsWith("{\"client\""))
                    .map(line -> Json.fromJson(line, ConsumerRate.class, "raw consumer output")).reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("no reading in the raw consumer's output; "
                            + ForkedJvm.tail(directory.resolve("output.log"))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand the connection to the raw consumer", e);
        } finally {
            Directories.deleteQuietly(directory);
        }
    }
}
