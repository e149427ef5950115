package io.streambench.spark.rabbitmq;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

/**
 * Keeps the offset a streaming query started at in the source's directory of the query's checkpoint. {@code latest}
 * and {@code timestamp} name a different offset every time they are resolved, but a restarted query must start its
 * first batch where it started before, or a replay of that batch would not hold the same messages.
 */
final class InitialOffsetStore {
    private static final String FILE = "rabbitmq-initial-offset";

    private final Path file;

    /** @param metadataPath the source's checkpoint directory, as Spark hands it to {@code toMicroBatchStream} */
    InitialOffsetStore(String metadataPath) {
        this.file = new Path(metadataPath, FILE);
    }

    /** The offset kept from an earlier run, or the one {@code resolve} gives now, which is kept first. */
    long readOrKeep(LongSupplier resolve) {
        try {
            FileSystem fs = file.getFileSystem(hadoopConfiguration());
            if (fs.exists(file)) {
                try (FSDataInputStream in = fs.open(file)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                    return RabbitMqOffset.fromJson(text).next();
                }
            }
            long offset = resolve.getAsLong();
            fs.mkdirs(file.getParent());
            // Written aside and renamed into place, so that a crash never leaves a half-written offset behind.
            Path written = new Path(file.getParent(), "." + FILE + ".tmp");
            try (FSDataOutputStream out = fs.create(written, true)) {
                out.write(new RabbitMqOffset(offset).json().getBytes(StandardCharsets.UTF_8));
            }
            if (!fs.rename(written, file)) {
                throw new IOException("cannot rename " + written + " to " + file);
            }
            return offset;
        } catch (IOException e) {
            throw new UncheckedIOException("rabbitmq: cannot keep the start offset in the checkpoint at " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static Configuration hadoopConfiguration() {
        return SparkSession.active().sparkContext().hadoopConfiguration();
    }
}
