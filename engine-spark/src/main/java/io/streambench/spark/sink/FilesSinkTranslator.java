package io.streambench.spark.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import io.streambench.sinks.ResultFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON lines in {@code date=.../hour=...} partitions of the window start. Each write is one file per partition
 * directory, named after the epoch, the Spark partition and a write number, written hidden and renamed when complete:
 * a replayed epoch writes the same names again and so replaces its files (exactly-once in the directory).
 */
final class FilesSinkTranslator implements SinkTranslator<Sink.Files> {
    @Override
    public ResultOutput outputFor(Sink.Files sink, JobSpec job) {
        if (sink.format() != Sink.FileFormat.JSONL) {
            throw new IllegalArgumentException("spark: only JSON-lines files are written, not " + sink.format());
        }
        return new ResultOutput.Rows(new FilesWriter(job.jobId(), SinkTranslators.eachAtOnce(job),
                Path.of(sink.directory()).toAbsolutePath().toString()));
    }

    private static final class FilesWriter extends ResultWriter {
        private final String directory;
        private transient long writes;

        FilesWriter(String jobId, boolean eachAtOnce, String directory) {
            super(jobId, eachAtOnce);
            this.directory = directory;
        }

        @Override
        public boolean open(long partitionId, long epochId) {
            writes = 0;
            return super.open(partitionId, epochId);
        }

        @Override
        protected void write(List<WindowResult> results, long partition, long epoch, long emitTime) {
            Map<String, List<WindowResult>> byHour = new LinkedHashMap<>();
            results.forEach(result -> byHour.computeIfAbsent(ResultFiles.partitionOf(result),
                    hour -> new java.util.ArrayList<>()).add(result));
            long write = writes++;
            byHour.forEach((hour, inHour) -> writeFile(Path.of(directory, hour),
                    "part-" + epoch + "-" + partition + "-" + write + ".jsonl", inHour, emitTime));
        }

        private static void writeFile(Path hourDirectory, String name, List<WindowResult> results, long emitTime) {
            Path hidden = hourDirectory.resolve("." + name + ".inprogress");
            try {
                Files.createDirectories(hourDirectory);
                try (OutputStream out = Files.newOutputStream(hidden)) {
                    for (WindowResult result : results) {
                        out.write(ResultCodec.encode(result, emitTime));
                        out.write('\n');
                    }
                }
                Files.move(hidden, hourDirectory.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write results to " + hourDirectory.resolve(name), e);
            }
        }
    }
}
