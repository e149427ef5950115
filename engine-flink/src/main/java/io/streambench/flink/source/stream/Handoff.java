package io.streambench.flink.source.stream;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

/**
 * Passes items from the stream client's thread to the task thread, and tells the task when there is something to
 * take. Its size is bounded by the consumer's credits, not here: blocking the client's thread would stall the
 * connection.
 */
final class Handoff<T> {
    private final Queue<T> items = new ArrayDeque<>();
    private CompletableFuture<Void> available = new CompletableFuture<>();

    synchronized void add(T item) {
        items.add(item);
        available.complete(null);
    }

    synchronized T poll() {
        return items.poll();
    }

    /** Completes when an item is added or {@link #wakeUp()} is called. */
    synchronized CompletableFuture<Void> availability() {
        if (!items.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        if (available.isDone()) {
            available = new CompletableFuture<>();
        }
        return available;
    }

    synchronized void wakeUp() {
        available.complete(null);
    }
}
