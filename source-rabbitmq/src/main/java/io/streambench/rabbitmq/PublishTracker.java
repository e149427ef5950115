package io.streambench.rabbitmq;

import java.time.Duration;

/** What a writer learns from the broker about its publishes: publisher confirms, or only a round trip. */
interface PublishTracker {
    /** Called on the publishing thread right before each publish. */
    void beforePublish(String correlationId);

    /**
     * Waits until the broker has taken everything published so far.
     *
     * @throws PublishException if it did not, or did not say so within {@code timeout}
     */
    void awaitAll(Duration timeout);
}
