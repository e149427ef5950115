package io.streambench.rabbitmq;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A writer's correlation ids, {@code <stream>-<writer>-<n>}: several writers may write one stream, one after another
 * or at once, and the random writer part keeps their ids apart. Flink's RMQSource drops redeliveries by them.
 * Not thread-safe: one per writer.
 */
final class CorrelationIds {
    private final String prefix;
    private long issued;

    CorrelationIds(String stream) {
        this.prefix = stream + "-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + "-";
    }

    String next() {
        return prefix + ++issued;
    }
}
