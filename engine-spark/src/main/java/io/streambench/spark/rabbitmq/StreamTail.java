package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Connection;

import java.util.OptionalLong;

/**
 * Finds where a stream queue ends at this moment: the offset the next message written to it will get. Everything below
 * it is what the stream holds now; that is the end of a batch read and of a {@code Trigger.AvailableNow} drain.
 * <p>
 * AMQP 0-9-1 has no request for it (the message count of a stream queue is a periodic estimate), so two probes ask the
 * broker's readers instead. One attaches at {@code next}: the first message it receives is the first written after
 * this moment, and its offset is the end, exactly. If nothing is written, that probe hears nothing; the other attaches
 * at {@code last}, receives the last chunk of the stream, and the end is one past the highest offset in it once
 * {@link Waits#QUIET_STREAM} passed without another message (the bounded wait this costs on a quiet stream).
 */
final class StreamTail {
    private static final long POLL_MILLIS = 10;

    private StreamTail() {
    }

    static long find(Connection connection, String uri, String queue) {
        try (StreamProbe next = StreamProbe.attach(connection, uri, queue, "next");
             StreamProbe last = StreamProbe.attach(connection, uri, queue, "last")) {
            while (true) {
                OptionalLong firstWritten = next.first();
                if (firstWritten.isPresent()) {
                    return firstWritten.getAsLong();
                }
                if (last.quietFor(Waits.QUIET_STREAM)) {
                    OptionalLong highest = last.highest();
                    return highest.isPresent() ? highest.getAsLong() + 1 : 0;
                }
                if (last.age().compareTo(Waits.STALLED) > 0) {
                    throw new IllegalStateException("rabbitmq stream queue '" + queue + "' at " + RedactedUri.of(uri)
                            + ": could not find where it ends within " + Waits.STALLED.toSeconds() + " s");
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            throw Waits.interrupted(e, "finding the end of stream queue '" + queue + "'");
        }
    }
}
