package io.streambench.api.fork;

import java.io.IOException;

/**
 * A process the bench starts that runs until it is stopped (a cluster's coordinator or worker) exits when its standard
 * input ends. The bench holds the other end of that pipe, and the operating system closes it however the bench ends,
 * even when it is killed and its shutdown hooks never run; so such a process never outlives the run that started it
 * by more than a few seconds.
 */
public final class StandardInputLifeline {
    /** How long the shutdown hooks may take to stop the process's services before it halts. */
    private static final long ORPHAN_EXIT_MILLIS = 5_000;

    private StandardInputLifeline() {
    }

    public static void exitWhenItEnds() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is ever sent: the pipe only tells whether the bench is still there
                }
            } catch (IOException e) {
                System.err.println("standard input failed, stopping: " + e);
            }
            System.err.println("standard input ended: the bench is gone; stopping");
            haltIfExitHangs();
            // Runs the shutdown hooks, which stop the process's services in order.
            System.exit(0);
        }, "stop-when-bench-exits");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void haltIfExitHangs() {
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(ORPHAN_EXIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(1);
        }, "halt-if-exit-hangs");
        halt.setDaemon(true);
        halt.start();
    }
}
