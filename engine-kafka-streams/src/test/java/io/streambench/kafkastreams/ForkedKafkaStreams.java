package io.streambench.kafkastreams;

import io.streambench.api.fork.EngineDescriptor;
import io.streambench.api.fork.ForkedEngine;
import io.streambench.api.run.BrokerConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** This module's engine in a JVM of its own, started from its descriptor the way the bench starts it. */
final class ForkedKafkaStreams {
    private ForkedKafkaStreams() {
    }

    static ForkedEngine engine() {
        return new ForkedEngine(EngineDescriptor.inModule(Path.of("")).launcher());
    }

    /**
     * Whether the job that ran in {@code workDir} has committed offsets: a Kafka Streams job's checkpoint is its
     * consumer group's commit (with the changelogs written up to it), held by the broker, not in the work directory.
     */
    static boolean hasCommitted(BrokerConnection.Kafka kafka, Path workDir) {
        return ApplicationId.in(workDir).map(group -> {
            Map<String, Object> settings = new HashMap<>(kafka.clientProperties());
            settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            try (Admin admin = Admin.create(settings)) {
                return !admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS).isEmpty();
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("cannot read the offsets of " + group, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }).orElse(false);
    }
}
