package io.streambench.api.broker;

/** A stream to create: a Kafka topic with partitions, or a RabbitMQ queue (and its exchange binding). */
public record StreamSpec(String name, int partitions) {
    public StreamSpec {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("stream name must be letters, digits, '.', '_' and '-', was '" + name + "'");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
        }
    }
}
