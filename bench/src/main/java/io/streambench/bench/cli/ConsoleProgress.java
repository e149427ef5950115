package io.streambench.bench.cli;

import io.streambench.api.load.LoadProgress;
import io.streambench.bench.run.CellEstimate;
import io.streambench.bench.run.CellRunner;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One line per cell with the matrix's estimated time left, one line per phase of a cell with the time since the cell
 * began (so that a CI log shows where a run is), and on an interactive console a progress bar with an ETA for loads.
 */
final class ConsoleProgress implements CellRunner.ProgressFactory {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintWriter out;
    private final Map<String, Long> cellStarts = new ConcurrentHashMap<>();

    ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void cell(int number, int count, String id, Duration remaining) {
        cellStarts.put(id, System.nanoTime());
        out.printf("%s cell %d of %d: %s (matrix: %s left, estimated)%n", LocalTime.now().format(CLOCK), number, count,
                id, CellEstimate.describe(remaining));
        out.flush();
    }

    @Override
    public void phase(String id, String phase) {
        long start = cellStarts.computeIfAbsent(id, unused -> System.nanoTime());
        long elapsed = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        out.printf("%s   %s (%d:%02d into the cell)%n", LocalTime.now().format(CLOCK), phase, elapsed / 60,
                elapsed % 60);
        out.flush();
    }
    @Override
    public LoadProgress start(String task, long total) {
        if (System.console() == null) {
            return LoadProgress.NONE;
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" events", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).showSpeed().build();
        return new LoadProgress() {
            @Override
            public void advanced(long sent) {
                bar.stepTo(sent);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
