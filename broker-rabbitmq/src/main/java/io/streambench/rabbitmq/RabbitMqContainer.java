package io.streambench.rabbitmq;

import io.streambench.api.run.BrokerConnection;
import org.testcontainers.containers.Container;
import org.testcontainers.rabbitmq.RabbitMQContainer;
import org.testcontainers.utility.DockerImageName;

import java.io.IOException;

/** A throw-away RabbitMQ server in a container (deployment=testcontainers), its stream protocol enabled. */
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
        container.addExposedPort(BrokerConnection.RabbitMq.DEFAULT_STREAM_PORT);
        try {
            container.start();
        } catch (RuntimeException e) {
            container.close();
            throw new IllegalStateException("rabbitmq deployment=testcontainers cannot start " + IMAGE
                    + " (it needs a Docker engine): " + e.getMessage(), e);
        }
        try {
            enableStreamPlugin(container);
        } catch (RuntimeException e) {
            container.close();
            throw e;
        }
        return new RabbitMqContainer(container);
    }

    private static void enableStreamPlugin(RabbitMQContainer container) {
        try {
            Container.ExecResult result = container.execInContainer("rabbitmq-plugins", "enable", "rabbitmq_stream");
            if (result.getExitCode() != 0) {
                throw new IllegalStateException("rabbitmq-plugins enable rabbitmq_stream failed in " + IMAGE + " (exit "
                        + result.getExitCode() + "): " + result.getStdout() + result.getStderr());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot enable the stream protocol in " + IMAGE + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while enabling the stream protocol in " + IMAGE, e);
        }
    }

    String uri() {
        return "amqp://" + container.getAdminUsername() + ":" + container.getAdminPassword() + "@"
                + container.getHost() + ":" + container.getAmqpPort();
    }

    int streamPort() {
        return container.getMappedPort(BrokerConnection.RabbitMq.DEFAULT_STREAM_PORT);
    }

    @Override
    public void close() {
        container.close();
    }
}
