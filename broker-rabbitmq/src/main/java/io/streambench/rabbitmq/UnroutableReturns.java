package io.streambench.rabbitmq;

import com.rabbitmq.client.Return;
import com.rabbitmq.client.ReturnCallback;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the mandatory publishes the broker returned because no queue was bound to take them. RabbitMQ sends a
 * return before the confirm of the same message, so once all confirms are in, every return is here.
 */
final class UnroutableReturns implements ReturnCallback {
    private static final int NAMED = 5;

    private final List<String> returned = new ArrayList<>();

    @Override
    public synchronized void handle(Return message) {
        returned.add(message.getRoutingKey() + " (" + message.getProperties().getCorrelationId() + "): "
                + message.getReplyCode() + " " + message.getReplyText());
    }

    synchronized void throwIfAny(String exchange) {
        if (!returned.isEmpty()) {
            throw new PublishException("RabbitMQ returned " + returned.size() + " messages published to exchange '"
                    + exchange + "' that no queue is bound to take, e.g. "
                    + returned.subList(0, Math.min(NAMED, returned.size())));
        }
    }
}
