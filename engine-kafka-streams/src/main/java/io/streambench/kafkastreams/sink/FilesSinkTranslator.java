package io.streambench.kafkastreams.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.EmissionCounter;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import io.streambench.sinks.ResultFiles;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON-lines files in {@code date=.../hour=...} partitions of the window start. Each task collects its results and
 * commits them every {@value #COMMIT_EVERY_MS} ms of wall-clock time (and when it closes) as a new file per partition,
 * written hidden and renamed into place. At least once: a processor has no hook on Kafka Streams' commits, so a file
 * committed after the last offset commit is written again after a crash; exactly-once runs into files are refused.
 */
final class FilesSinkTranslator implements SinkTranslator<Sink.Files> {
    private static final long COMMIT_EVERY_MS = 200;

    @Override
    public void translate(Sink.Files sink, KStream<String, WindowResult> results, JobSpec job) {
        Path directory = Path.of(sink.directory()).toAbsolutePath();
        String jobId = job.jobId();
        results.process(() -> new ResultFileWriter(directory, jobId), Named.as(SinkTranslators.RESULTS));
    }

    private static final class ResultFileWriter implements Processor<String, WindowResult, Void, Void> {
        private final Path directory;
        private final String jobId;
        private final Map<String, ByteArrayOutputStream> pending = new LinkedHashMap<>();
        private String filePrefix;
        private long files;
        private long pendingResults;

        ResultFileWriter(Path directory, String jobId) {
            this.directory = directory;
            this.jobId = jobId;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            filePrefix = "part-" + context.taskId() + "-" + System.currentTimeMillis() + "-";
            context.schedule(Duration.ofMillis(COMMIT_EVERY_MS), PunctuationType.WALL_CLOCK_TIME, now -> commit());
        }

        @Override
        public void process(Record<String, WindowResult> record) {
            ByteArrayOutputStream lines = pending.computeIfAbsent(ResultFiles.partitionOf(record.value()),
                    partition -> new ByteArrayOutputStream());
            lines.writeBytes(ResultCodec.encode(record.value(), System.currentTimeMillis()));
            lines.write('\n');
            pendingResults++;
        }

        private void commit() {
            try {
                for (Map.Entry<String, ByteArrayOutputStream> partition : pending.entrySet()) {
                    Path dir = Files.createDirectories(directory.resolve(partition.getKey()));
                    String name = filePrefix + files++ + ".jsonl";
                    Path hidden = dir.resolve("." + name);
                    Files.write(hidden, partition.getValue().toByteArray());
                    Files.move(hidden, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write result files in " + directory, e);
            }
            EmissionCounter.add(jobId, pendingResults);
            pending.clear();
            pendingResults = 0;
        }

        @Override
        public void close() {
            commit();
        }
    }
}
