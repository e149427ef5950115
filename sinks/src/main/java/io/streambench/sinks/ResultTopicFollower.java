package io.streambench.sinks;

import io.streambench.api.result.ObservedResult;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads a result topic on a thread of its own, from the view's opening to its closing, so that a receipt stamp
 * ({@link ResultTopicReader.Stamping#RECEIPT}) is taken when a committed record could first be read, not when someone
 * asks for the results.
 */
final class ResultTopicFollower implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(20);
    /** Bounds each call to the broker, so that a stop request is seen soon even while the broker does not answer. */
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(30);
    /** A broker call and the consumer's close (at most 5 s) fit in it. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final ResultTopicReader reader;
    private final Thread thread;
    private volatile boolean running = true;
    // Guarded by this: requests to read up to the committed end, those served, and how the thread ended.
    private long requested;
    private long served;
    private boolean stopped;
    private RuntimeException failure;

    /** Starts reading with {@code reader}, which from now on belongs to this follower's thread. */
    ResultTopicFollower(ResultTopicReader reader) {
        this.reader = reader;
        this.thread = new Thread(this::follow, "result-topic-" + reader.topic());
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Every result read so far, after reading all that was committed when this was called: a bounded run's last
     * commit may have come just before, sooner than the thread would have read it by itself.
     */
    List<ObservedResult> results() {
        awaitCaughtUp();
        return reader.all();
    }

    private synchronized void awaitCaughtUp() {
        long request = ++requested;
        long deadline = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
        try {
            while (served < request && !stopped) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("result topic '" + reader.topic() + "': the committed records were "
                            + "not all read within " + CATCH_UP_TIMEOUT.toSeconds() + " s");
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading result topic '" + reader.topic() + "'", e);
        }
        if (failure != null) {
            throw new IllegalStateException("reading result topic '" + reader.topic() + "' failed: "
                    + failure.getMessage(), failure);
        }
    }

    private void follow() {
        RuntimeException failed = null;
        try {
            while (running) {
                long request = requested();
                if (request == servedSoFar()) {
                    reader.pollOnce(POLL);
                } else if (caughtUp()) {
                    serve(request);
                }
            }
        } catch (RuntimeException e) {
            failed = e;
        } finally {
            try {
                reader.close();
            } finally {
                stop(failed);
            }
        }
    }

    private boolean caughtUp() {
        try {
            Map<TopicPartition, Long> end = reader.committedEnd(BROKER_TIMEOUT);
            while (running && !reader.hasRead(end, BROKER_TIMEOUT)) {
                reader.pollOnce(POLL);
            }
            return running;
        } catch (TimeoutException e) {
            // The broker did not answer in time; the next turn asks again, and the caller's deadline bounds its wait.
            return false;
        }
    }

    private synchronized long requested() {
        return requested;
    }

    private synchronized long servedSoFar() {
        return served;
    }

    private synchronized void serve(long request) {
        served = request;
        notifyAll();
    }

    private synchronized void stop(RuntimeException failed) {
        failure = failed;
        stopped = true;
        notifyAll();
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the reader of result topic '"
                    + reader.topic() + "'", e);
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("the reader of result topic '" + reader.topic() + "' did not stop within "
                    + STOP_TIMEOUT.toSeconds() + " s");
        }
    }
}
