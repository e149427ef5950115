package io.streambench.flink.sink;

import io.streambench.flink.model.SourceRecord;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.streaming.api.datastream.DataStream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;

/**
 * Malformed messages go aside into {@code <workDir>/dead-letters/}: one line per message with where it was, what was
 * wrong and its bytes (base64), one file per subtask.
 */
public final class DeadLetterFile implements org.apache.flink.api.connector.sink2.Sink<SourceRecord> {
    private final String directory;

    private DeadLetterFile(String directory) {
        this.directory = directory;
    }

    public static void attach(DataStream<SourceRecord> deadLetters, String workDir) {
        deadLetters.sinkTo(new DeadLetterFile(Path.of(workDir, "dead-letters").toString())).name("dead letters").uid("sink-dead-letters")
                .setParallelism(deadLetters.getParallelism());
    }

    @Override
    @SuppressWarnings("deprecation")
    public SinkWriter<SourceRecord> createWriter(InitContext context) {
        return new Writer(Path.of(directory, "subtask-" + context.getSubtaskId() + ".txt"));
    }

    @Override
    public SinkWriter<SourceRecord> createWriter(WriterInitContext context) {
        return new Writer(Path.of(directory, "subtask-" + context.getTaskInfo().getIndexOfThisSubtask() + ".txt"));
    }

    private static final class Writer implements SinkWriter<SourceRecord> {
        private final Path file;
        private BufferedWriter out;

        Writer(Path file) {
            this.file = file;
        }

        @Override
        public void write(SourceRecord record, Context context) throws IOException {
            if (out == null) {
                Files.createDirectories(file.getParent());
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            out.write("partition=" + record.partition() + " offset=" + record.offset() + " problem="
                    + record.problem().replace('\n', ' ') + " payload="
                    + Base64.getEncoder().encodeToString(record.malformedPayload()));
            out.newLine();
            out.flush();
        }

        @Override
        public void flush(boolean endOfInput) {
            try {
                if (out != null) {
                    out.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write dead letters to " + file, e);
            }
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
            }
        }
    }
}
