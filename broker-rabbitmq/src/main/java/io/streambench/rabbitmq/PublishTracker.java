package io.streambench.rabbitmq;

import java.time.Duration;
import java.util.List;

/** What a writer learns from the broker about its publishes: publisher confirms, or only a round trip. */
interface PublishTracker {
    /** Called on the publishing thread right before each publish. */
    void beforePublish(OutgoingMessage message);

    /** Messages published but not confirmed, in publishing order: what a reconnect must publish again. */
    List<OutgoingMessage> unconfirmed();

    /** Whether the connection under the channel was lost (the broker went away), as opposed to a refused publish. */
    boolean connectionLost();

    /**
     * Waits until the broker has taken everything published so far.
     *
     * @throws PublishException if it did not, or did not say so within {@code timeout}
     */
    void awaitAll(Duration timeout);
}
