package io.streambench.spark.source;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.event.MalformedEventException;
import io.streambench.spark.EarliestTimeAccumulator;
import io.streambench.spark.EventColumns;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Raw messages to event rows. Every message counts as read; a malformed one is counted, written to
 * {@code <workDir>/dead-letters/} (where it was, what was wrong, its bytes in base64) and left out, and the query goes
 * on. Watermark markers stay: they must reach the watermark before they are dropped. Lazy, so that a long-running
 * real-time task streams through it.
 */
public final class DecodeEvents implements MapPartitionsFunction<Row, Row> {
    private final LongAccumulator read;
    private final LongAccumulator malformed;
    private final EarliestTimeAccumulator firstReadAt;
    private final String deadLetters;

    private DecodeEvents(LongAccumulator read, LongAccumulator malformed, EarliestTimeAccumulator firstReadAt,
                         String deadLetters) {
        this.read = read;
        this.malformed = malformed;
        this.firstReadAt = firstReadAt;
        this.deadLetters = deadLetters;
    }

    public static Dataset<Row> apply(Dataset<Row> messages, LongAccumulator read, LongAccumulator malformed,
                                     EarliestTimeAccumulator firstReadAt, String workDir) {
        String deadLetters = Path.of(workDir, "dead-letters").toAbsolutePath().toString();
        return messages.mapPartitions(new DecodeEvents(read, malformed, firstReadAt, deadLetters),
                Encoders.row(EventColumns.SCHEMA));
    }

    @Override
    public Iterator<Row> call(Iterator<Row> messages) {
        return new Iterator<>() {
            private Row next;
            private boolean readAny;

            @Override
            public boolean hasNext() {
                while (next == null && messages.hasNext()) {
                    Row message = messages.next();
                    if (!readAny) {
                        readAny = true;
                        firstReadAt.add(System.currentTimeMillis());
                    }
                    next = decode(message);
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = null;
                return row;
            }
        };
    }

    private Row decode(Row message) {
        read.add(1);
        byte[] value = (byte[]) message.get(0);
        int partition = message.getInt(1);
        long offset = message.getLong(2);
        try {
            ClickEvent event = ClickEventCodec.decode(value);
            return EventColumns.toRow(event, partition, offset);
        } catch (MalformedEventException e) {
            malformed.add(1);
            setAside(partition, offset, e.getMessage(), value);
            return null;
        }
    }

    private void setAside(int partition, long offset, String problem, byte[] value) {
        Path file = Path.of(deadLetters, "partition-" + partition + ".txt");
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                out.write("partition=" + partition + " offset=" + offset + " problem="
                        + String.valueOf(problem).replace('\n', ' ') + " payload="
                        + Base64.getEncoder().encodeToString(value == null ? new byte[0] : value));
                out.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a dead letter to " + file, e);
        }
    }
}
