package io.streambench.sinks;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultStore;

import java.time.Duration;
import java.util.List;

/** Bounded waiting for a view's results, and the threads a view may have left running. */
final class ViewChecks {
    private static final long INTERVAL_MILLIS = 50;

    private ViewChecks() {
    }

    /** The view's results once there are some; fails if there are none within {@code timeout}. */
    static List<ObservedResult> awaitResults(ResultStore.View view, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ObservedResult> results = view.results();
        while (results.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no results within " + timeout.toMillis() + " ms");
            }
            Thread.sleep(INTERVAL_MILLIS);
            results = view.results();
        }
        return results;
    }

    static List<Thread> liveThreadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().equals(name)).toList();
    }
}
