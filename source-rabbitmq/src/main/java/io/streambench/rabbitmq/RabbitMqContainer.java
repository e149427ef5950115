package io.streambench.rabbitmq;

import org.testcontainers.rabbitmq.RabbitMQContainer;
import org.testcontainers.utility.DockerImageName;

/** A throw-away RabbitMQ server in a container (deployment=testcontainers). */
final class RabbitMqContainer implements AutoCloseable {
    /** The version of the local server, so that both deployments measure the same broker. */
    static final DockerImageName IMAGE = DockerImageName.parse("rabbitmq:3.10.8");

    private final RabbitMQContainer container;

    private RabbitMqContainer(RabbitMQContainer container) {
        this.container = container;
    }

    /** @throws IllegalStateException if no Docker engine can be reached, or the container does not start */
    static RabbitMqContainer start() {
        RabbitMQContainer container = new RabbitMQContainer(IMAGE);
        try {
            container.start();
        } catch (RuntimeException e) {
            container.close();
            throw new IllegalStateException("rabbitmq deployment=testcontainers cannot start " + IMAGE
                    + " (it needs a Docker engine): " + e.getMessage(), e);
        }
        return new RabbitMqContainer(container);
    }

    String uri() {
        return "amqp://" + container.getAdminUsername() + ":" + container.getAdminPassword() + "@"
                + container.getHost() + ":" + container.getAmqpPort();
    }

    @Override
    public void close() {
        container.close();
    }
}
