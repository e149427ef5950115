package io.streambench.api.broker;

import io.streambench.api.run.BrokerConnection;

/**
 * A message broker as the test suites and the bench see it: create streams, write to them, tell an engine how to
 * read them. Implementations live in the source modules; {@code api} knows none of their types.
 */
public interface Broker extends AutoCloseable {
    /** {@code kafka} or {@code rabbitmq}. */
    String name();

    /** One line for logs and reports, e.g. {@code kafka 4.1.2 (embedded) at 127.0.0.1:41234}. */
    String describe();

    BrokerConnection connection();

    void createStream(StreamSpec spec);

    void deleteStream(String stream);

    EventWriter openWriter(String stream);

    @Override
    void close();
}
