package io.streambench.rabbitmq;

import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.QueueType;

import java.util.Date;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which start positions a queue type honours and the consumer arguments that ask for them. Only stream queues keep
 * messages after delivery; they take {@link QueueType#STREAM_OFFSET}: {@code first}, {@code next} (only what is
 * written after the consumer attached), or an AMQP timestamp, which has second resolution and attaches at the start of
 * the chunk holding that second, so a reader also filters by send time (see {@link #notBeforeMillis}).
 */
final class StartPositions {
    private StartPositions() {
    }

    static Set<StartPosition.Kind> supportedBy(QueueType queueType) {
        return queueType.isReplayable() ? EnumSet.allOf(StartPosition.Kind.class) : EnumSet.of(StartPosition.Kind.EARLIEST);
    }

    /**
     * @throws UnsupportedOperationException naming the position, for one the queue type cannot honour
     */
    static Map<String, Object> consumerArguments(QueueType queueType, StartPosition from) {
        if (!supportedBy(queueType).contains(from.kind())) {
            String position = from.kind() == StartPosition.Kind.TIMESTAMP ? "timestamp " + from : from.toString();
            throw new UnsupportedOperationException("rabbitmq " + queueType.wireName() + " queues cannot start at "
                    + position + ": reading one consumes what is queued, so only earliest is possible; stream queues "
                    + "(queueType=stream) are replayable");
        }
        if (!queueType.isReplayable()) {
            return Map.of();
        }
        switch (from.kind()) {
            case EARLIEST:
                return Map.of(QueueType.STREAM_OFFSET, "first");
            case LATEST:
                return Map.of(QueueType.STREAM_OFFSET, "next");
            default:
                // The client writes a Date as an AMQP timestamp, in whole seconds, rounded down: never too late.
                return Map.of(QueueType.STREAM_OFFSET, Date.from(from.timestamp()));
        }
    }

    /** Messages sent before this time are dropped by the reader: the broker's position is only chunk-precise. */
    static long notBeforeMillis(StartPosition from) {
        return from.kind() == StartPosition.Kind.TIMESTAMP ? from.timestamp().toEpochMilli() : Long.MIN_VALUE;
    }
}
