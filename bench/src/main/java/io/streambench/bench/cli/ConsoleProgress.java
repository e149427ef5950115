package io.streambench.bench.cli;

import io.streambench.api.load.LoadProgress;
import io.streambench.bench.run.CellRunner;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on an interactive console; elsewhere (CI logs) nothing, the per-cell line follows anyway. */
final class ConsoleProgress implements CellRunner.ProgressFactory {
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
