package io.streambench.sinks;

import io.streambench.api.fork.Directories;
import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.DeliveryGuarantee;

import java.nio.file.Path;
import java.util.List;

/**
 * Each run writes JSON-lines files into a directory of its own under {@code baseDirectory}. A view watches that
 * directory from its opening on, as a file's results become visible when the file appears under its committed name
 * (see {@link ResultFilesWatcher}); the times are this process's clock.
 */
public record FileResultStore(Path baseDirectory, boolean deleteAfterRun) implements ResultStore {
    /** A store whose directories are deleted when their run's view closes. */
    public FileResultStore(Path baseDirectory) {
        this(baseDirectory, true);
    }

    @Override
    public String name() {
        return "files";
    }

    @Override
    public Sink sinkFor(String run) {
        return Sink.files(baseDirectory.resolve(run).toAbsolutePath().toString(), Sink.FileFormat.JSONL);
    }

    @Override
    public View open(String run, String pipeline, DeliveryGuarantee guarantee) {
        Path directory = baseDirectory.resolve(run).toAbsolutePath();
        ResultFilesWatcher watcher = new ResultFilesWatcher(directory, run);
        return new View() {
            @Override
            public List<ObservedResult> results() {
                watcher.requireWatching();
                return ResultFiles.read(directory, watcher::visibleTime);
            }

            @Override
            public void close() {
                try {
                    watcher.close();
                } finally {
                    if (deleteAfterRun) {
                        Directories.deleteRecursively(directory);
                    }
                }
            }
        };
    }
}
