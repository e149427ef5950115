package io.streambench.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code server.properties} of a single-node KRaft cluster on loopback: one process that is broker and controller,
 * its controller quorum bootstrapped by formatting with {@code --standalone}.
 *
 * @param overrides set on top of these defaults, e.g. {@code num.io.threads}
 */
record KafkaServerConfig(int brokerPort, int controllerPort, Path dataDir, Map<String, String> overrides) {
    static final String HOST = "127.0.0.1";

    KafkaServerConfig {
        overrides = Map.copyOf(overrides);
    }

    String bootstrapServers() {
        return HOST + ":" + brokerPort;
    }

    Properties toProperties() {
        String broker = "PLAINTEXT://" + HOST + ":" + brokerPort;
        String controller = "CONTROLLER://" + HOST + ":" + controllerPort;
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.bootstrap.servers", HOST + ":" + controllerPort);
        properties.setProperty("listeners", broker + "," + controller);
        properties.setProperty("advertised.listeners", broker + "," + controller);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        properties.setProperty("log.dirs", dataDir.toAbsolutePath().toString());
        // One node: every internal topic has one replica.
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        // A topic nobody created is a typo or a missing step; it must fail, not appear with one partition.
        properties.setProperty("auto.create.topics.enable", "false");
        overrides.forEach(properties::setProperty);
        return properties;
    }

    Path write(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            toProperties().store(out, "single-node KRaft broker started by streambench");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
