package io.streambench.bench.load;

import io.streambench.api.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The loader's standard input, which the bench holds open while it needs the loader: the plan comes in on it as one
 * JSON line, and its end says the bench let go of the loader (after the final line) or is gone (before it, when
 * loading on would only load a broker that nobody measures).
 */
final class BenchInput {
    private final BufferedReader lines;
    /** What came on the input, in order; empty once it ended. */
    private final BlockingQueue<Optional<String>> received = new LinkedBlockingQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean reported;

    BenchInput(InputStream in) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Watches the input on a thread of its own from now on, before anything that may block (opening a writer to a
     * broker that went away with the bench); if it ends before {@link #reported}, runs {@code whenAbandoned}.
     */
    void watch(Runnable whenAbandoned) {
        Thread watcher = new Thread(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    received.add(Optional.of(line));
                }
            } catch (IOException closed) {
                // An input that fails has ended as well.
            }
            received.add(Optional.empty());
            ended.countDown();
            if (!reported) {
                whenAbandoned.run();
            }
        }, "bench-input");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The first line: the plan. */
    LoadPlan readPlan() {
        Optional<String> line;
        try {
            line = received.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the load plan", e);
        }
        return Json.fromJson(line.orElseThrow(() -> new IllegalStateException(
                "standard input ended before a load plan came")), LoadPlan.class, "load plan");
    }

    /** The final line is about to be printed: the end of the input no longer means the bench is gone. */
    void reported() {
        reported = true;
    }

    /** Waits until the bench closes the input, or {@code timeout} passed; true if it closed it. */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
