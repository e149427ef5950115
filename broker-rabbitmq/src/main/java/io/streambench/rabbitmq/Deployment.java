package io.streambench.rabbitmq;

import io.streambench.api.json.WireNames;

/** Where the RabbitMQ server comes from. */
public enum Deployment {
    /** The server of this machine, {@code amqp://guest:guest@127.0.0.1:5672} unless {@code uri} says otherwise. */
    LOCAL("local"),
    /** A server somewhere else, reached at the required {@code uri}. */
    EXTERNAL("external"),
    /** A throw-away server in a container, started when the broker opens and removed when it closes. */
    TESTCONTAINERS("testcontainers");

    private final String wireName;

    Deployment(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Deployment fromWireName(String text) {
        return WireNames.parse(Deployment.class, text, Deployment::wireName, "rabbitmq deployment");
    }
}
