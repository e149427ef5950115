package io.streambench.rabbitmq;

import com.rabbitmq.stream.Consumer;
import com.rabbitmq.stream.Environment;
import com.rabbitmq.stream.OffsetSpecification;
import com.rabbitmq.stream.impl.ClientProperties;
import io.streambench.api.broker.ConsumerRate;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream queue from its first offset with a plain stream-client consumer, as fast as it goes, timed as an
 * engine's drain is: from the first message read to the last. The client decodes each message before handing it
 * over, so counting it is all there is left to do.
 */
final class StreamQueueConsumerRate {
    static final String CLIENT = "stream-client " + ClientProperties.VERSION;

    private final long messages;
    private final CountDownLatch done = new CountDownLatch(1);
    /** Written by the consumer's one dispatching thread, read after {@link #done}. */
    private long read;
    private long firstNanos;
    private long lastNanos;

    private StreamQueueConsumerRate(long messages) {
        this.messages = messages;
    }

    static ConsumerRate read(Environment environment, String stream, long messages, Duration timeout) {
        if (messages < 2) {
            throw new IllegalArgumentException("a rate needs at least 2 messages, was asked for " + messages);
        }
        StreamQueueConsumerRate rate = new StreamQueueConsumerRate(messages);
        Consumer consumer = environment.consumerBuilder().stream(stream).offset(OffsetSpecification.first())
                .messageHandler((context, message) -> rate.handle())
                .build();
        try {
            if (!rate.done.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("read " + rate.readSoFar() + " of " + messages + " messages of stream "
                        + "queue '" + stream + "' within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading stream queue '" + stream + "'", e);
        } finally {
            consumer.close();
        }
        // The first message starts the clock: what is timed is everything after it.
        return new ConsumerRate(CLIENT, messages - 1, (rate.lastNanos - rate.firstNanos) / 1e9);
    }

    private synchronized void handle() {
        if (read == messages) {
            return;
        }
        long now = System.nanoTime();
        if (read == 0) {
            firstNanos = now;
        }
        lastNanos = now;
        if (++read == messages) {
            done.countDown();
        }
    }

    private synchronized long readSoFar() {
        return read;
    }
}
