package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.connector.read.streaming.Offset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in a queue, as Spark checkpoints it: the offset of the next message to read, so a micro-batch from
 * {@code start} to {@code end} holds the messages with {@code start.next() <= offset < end.next()}. For a stream queue
 * that is a stream offset; for a classic or quorum queue a sequence number the source counts on in delivery order.
 */
final class RabbitMqOffset extends Offset {
    private static final Pattern JSON = Pattern.compile("\\{\\s*\"next\"\\s*:\\s*(\\d+)\\s*}");

    private final long next;

    RabbitMqOffset(long next) {
        if (next < 0) {
            throw new IllegalArgumentException("a rabbitmq offset is never negative, was " + next);
        }
        this.next = next;
    }

    long next() {
        return next;
    }

    @Override
    public String json() {
        return "{\"next\":" + next + "}";
    }

    static RabbitMqOffset fromJson(String json) {
        Matcher matcher = JSON.matcher(json.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a rabbitmq source offset: '" + json + "' (expected {\"next\":<n>}); "
                    + "is the checkpoint from another source?");
        }
        return new RabbitMqOffset(Long.parseLong(matcher.group(1)));
    }

    /** Spark hands back the offsets this source made, or their JSON from the checkpoint. */
    static long nextOf(Offset offset) {
        return (offset instanceof RabbitMqOffset own ? own : fromJson(offset.json())).next;
    }
}
