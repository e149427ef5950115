package io.streambench.spark.cluster;

import java.io.IOException;

/**
 * A cluster process stops, cleanly, when its standard input ends. The process that started it holds the other end of
 * the pipe, and the operating system closes it however that process ends, even when it is killed and its shutdown
 * hooks never run; so no cluster process outlives the run that started it.
 */
final class StandardInput {
    private StandardInput() {
    }

    /** Exits this JVM (running its shutdown hooks) once standard input ends. */
    static void exitWhenItEnds() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is ever sent: the pipe only tells whether the parent is still there
                }
            } catch (IOException e) {
                System.err.println("standard input failed, stopping: " + e);
            }
            System.err.println("standard input ended: the process that started this one is gone; stopping");
            System.exit(0);
        }, "stop-when-parent-exits");
        watcher.setDaemon(true);
        watcher.start();
    }
}
