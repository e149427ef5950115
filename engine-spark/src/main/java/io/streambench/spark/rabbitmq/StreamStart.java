package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Connection;

import java.util.Date;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The stream offset a read starts at. {@code earliest} is offset 0 (the broker starts at the first message it still
 * keeps); {@code latest} is the end of the stream when the query starts ({@link StreamTail}); {@code timestamp:<ms>}
 * is where the broker attaches a consumer asked for that time, an AMQP timestamp: whole seconds, and the start of the
 * chunk stored at or after that second, so a few messages written up to a second earlier may be included.
 */
final class StreamStart {
    private static final long POLL_MILLIS = 10;

    private StreamStart() {
    }

    /** @param tail the end of the stream now; asked only for {@code latest} and {@code timestamp} */
    static long offset(Connection connection, String uri, String queue, StartAt startAt, LongSupplier tail) {
        return switch (startAt.kind()) {
            case EARLIEST -> 0;
            case LATEST -> tail.getAsLong();
            case TIMESTAMP -> atTime(connection, uri, queue, startAt.epochMillis(), tail.getAsLong());
        };
    }

    /**
     * A consumer asked for a time after every chunk attaches at the end, and receives the next message written, if
     * any: so a first offset at or beyond the end, or none within {@link Waits#QUIET_STREAM}, means the end.
     */
    private static long atTime(Connection connection, String uri, String queue, long epochMillis, long end) {
        try (StreamProbe probe = StreamProbe.attach(connection, uri, queue, new Date(epochMillis))) {
            while (probe.first().isEmpty() && !probe.quietFor(Waits.QUIET_STREAM)) {
                Thread.sleep(POLL_MILLIS);
            }
            OptionalLong first = probe.first();
            return first.isPresent() ? Math.min(first.getAsLong(), end) : end;
        } catch (InterruptedException e) {
            throw Waits.interrupted(e, "finding the offset of time " + epochMillis + " in stream queue '" + queue + "'");
        }
    }
}
