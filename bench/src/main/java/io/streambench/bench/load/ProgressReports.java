package io.streambench.bench.load;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Prints the writer's counts as a {@link LoaderLine.Progress} line at a fixed period, from a thread of its own. */
final class ProgressReports implements AutoCloseable {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "loader-progress");
        thread.setDaemon(true);
        return thread;
    });

    private ProgressReports() {
    }

    static ProgressReports every(Duration period, CountedWriter writer, ProtocolOutput output) {
        ProgressReports reports = new ProgressReports();
        reports.timer.scheduleAtFixedRate(() -> output.print(new LoaderLine.Progress(writer.events(), writer.markers())),
                0, period.toMillis(), TimeUnit.MILLISECONDS);
        return reports;
    }

    /** Returns once no progress line can follow, so that the final line is the last. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the progress reports did not stop within " + STOP_TIMEOUT.toMillis()
                        + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
