package io.streambench.kafka;

import org.testcontainers.kafka.KafkaContainer;

/**
 * A Kafka broker of the same version as the embedded one, in a Docker container. The only class that uses
 * Testcontainers, an optional dependency: no other class names a Testcontainers type, so that they all load without it.
 */
final class KafkaContainerDeployment {
    private static final String IMAGE_NAME = "apache/kafka";

    /** A running container; closing it stops and removes the container. */
    record Started(String image, String bootstrapServers, AutoCloseable container) {
    }

    private KafkaContainerDeployment() {
    }

    static Started start() {
        String image = IMAGE_NAME + ":" + KafkaServerClasspath.version();
        KafkaContainer container = new KafkaContainer(image);
        try {
            container.start();
            return new Started(image, container.getBootstrapServers(), container);
        } catch (RuntimeException e) {
            container.close();
            throw new IllegalStateException("deployment=testcontainers: cannot start a " + image + " container ("
                    + e.getMessage() + "); it needs a Docker engine; without one, leave out --brokers testcontainers "
                    + "to use the project's own broker", e);
        }
    }
}
