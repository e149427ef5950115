package io.streambench.bench.cli;

import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the brokers and the database come from. */
final class BrokerOptions {
    /** The broker providers' setting prefix for client properties (the bench reaches brokers by settings only). */
    private static final String CLIENT_PREFIX = "client.";

    @Option(names = "--brokers", defaultValue = "local",
            description = "local: the project's own Kafka broker and the local RabbitMQ; testcontainers: both in "
                    + "containers (needs Docker) (default: ${DEFAULT-VALUE})")
    private String brokers;

    @Option(names = "--kafka-bootstrap", description = "an external Kafka cluster instead of the project's own broker")
    private String kafkaBootstrap;

    @Option(names = "--rabbitmq-uri", description = "another RabbitMQ server (default: amqp://guest:guest@127.0.0.1:5672)")
    private String rabbitmqUri;

    @Option(names = "--kafka-property", paramLabel = "KEY=VALUE",
            description = "a Kafka client property for every client of the run: the engine's source and sink, the "
                    + "loader and the readers (e.g. max.partition.fetch.bytes=8388608, or SASL/TLS settings of an "
                    + "external cluster); repeatable; recorded per cell in results.json, secrets redacted")
    private Map<String, String> kafkaProperties = new LinkedHashMap<>();

    @Option(names = "--rabbitmq-property", paramLabel = "KEY=VALUE",
            description = "an amqp-client configuration key (without its rabbitmq. prefix) for every RabbitMQ "
                    + "connection of the run: the engine's source, the loader and the readers (e.g. "
                    + "connection.heartbeat=30, connection.frame.max=262144, ssl.enabled=true); repeatable; a key "
                    + "amqp-client does not know is refused; recorded per cell in results.json, secrets redacted")
    private Map<String, String> rabbitmqProperties = new LinkedHashMap<>();

    @Option(names = "--jdbc-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
            description = "PostgreSQL for the postgres sink (default: ${DEFAULT-VALUE})")
    private String jdbcUrl;

    Map<String, Map<String, String>> brokerSettings() {
        if (!brokers.equals("local") && !brokers.equals("testcontainers")) {
            throw new IllegalArgumentException("--brokers must be local or testcontainers, was '" + brokers + "'");
        }
        boolean containers = brokers.equals("testcontainers");
        Map<String, String> kafka = new HashMap<>();
        Map<String, String> rabbitmq = new HashMap<>();
        if (kafkaBootstrap != null) {
            kafka.put("deployment", "external");
            kafka.put("bootstrapServers", kafkaBootstrap);
        } else {
            kafka.put("deployment", containers ? "testcontainers" : "embedded");
        }
        kafkaProperties.forEach((name, value) -> kafka.put(CLIENT_PREFIX + name, value));
        if (rabbitmqUri != null) {
            rabbitmq.put("deployment", "external");
            rabbitmq.put("uri", rabbitmqUri);
        } else {
            rabbitmq.put("deployment", containers ? "testcontainers" : "local");
        }
        rabbitmqProperties.forEach((name, value) -> rabbitmq.put(CLIENT_PREFIX + name, value));
        return Map.of("kafka", kafka, "rabbitmq", rabbitmq);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }
}
