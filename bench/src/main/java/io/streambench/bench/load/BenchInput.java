package io.streambench.bench.load;

import io.streambench.api.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The loader's standard input, which the bench holds open while it needs the loader: the plan comes in on it as one
 * JSON line, and its end says the bench let go of the loader (after the final line) or is gone (before it, when
 * loading on would only load a broker that nobody measures).
 */
final class BenchInput {
    private final BufferedReader lines;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean reported;

    BenchInput(InputStream in) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    LoadPlan readPlan() {
        String line;
        try {
            line = lines.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the load plan from standard input", e);
        }
        if (line == null) {
            throw new IllegalStateException("standard input ended before a load plan came");
        }
        return Json.fromJson(line, LoadPlan.class, "load plan");
    }

    /**
     * From now on, watches for the end of the input on a thread of its own; if it comes before {@link #reported},
     * runs {@code whenAbandoned}.
     */
    void watch(Runnable whenAbandoned) {
        Thread watcher = new Thread(() -> {
            try {
                while (lines.readLine() != null) {
                    // The bench sends nothing after the plan; whatever comes is not a command.
                }
            } catch (IOException closed) {
                // An input that fails has ended as well.
            }
            ended.countDown();
            if (!reported) {
                whenAbandoned.run();
            }
        }, "bench-input");
        watcher.setDaemon(true);
        watcher.start();
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
