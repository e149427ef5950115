package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A foreachBatch sink that keeps every attempt of every micro-batch, and can fail one batch once, as a crash would,
 * after it saw its rows and before Spark committed it.
 */
final class CollectedBatches {
    /** One row as the source gave it. */
    record Received(String value, long offset, Timestamp timestamp) {
    }

    /** One run of one micro-batch. */
    record Attempt(long batchId, List<Received> rows) {
    }

    private final List<Attempt> attempts = new ArrayList<>();
    private long failAt = -1;

    /** The next run of batch {@code batchId} fails after collecting its rows. */
    synchronized CollectedBatches failingOnceAt(long batchId) {
        failAt = batchId;
        return this;
    }

    synchronized void record(Dataset<Row> batch, long batchId) {
        List<Received> rows = new ArrayList<>();
        for (Row row : batch.collectAsList()) {
            rows.add(new Received(TestQueues.base64(row.getAs("value")), row.<Long>getAs("offset"), row.getAs("timestamp")));
        }
        attempts.add(new Attempt(batchId, rows));
        if (batchId == failAt) {
            failAt = -1;
            throw new IllegalStateException("failing batch " + batchId + " on purpose, before Spark commits it");
        }
    }

    synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** The rows of each batch as its last attempt saw them, in batch order: what an idempotent sink would hold. */
    synchronized List<Received> lastAttempts() {
        Map<Long, List<Received>> byBatch = new TreeMap<>();
        attempts.forEach(attempt -> byBatch.put(attempt.batchId(), attempt.rows()));
        return byBatch.values().stream().flatMap(List::stream).toList();
    }

    synchronized List<Received> all() {
        return attempts.stream().flatMap(attempt -> attempt.rows().stream()).toList();
    }

    synchronized List<Integer> batchSizes() {
        return attempts.stream().map(attempt -> attempt.rows().size()).filter(size -> size > 0).toList();
    }

    /** Waits until the sink saw {@code rows} rows; false after {@code timeout}. */
    boolean awaitRows(int rows, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (all().size() < rows) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    static List<String> values(List<Received> rows) {
        return rows.stream().map(Received::value).toList();
    }

    static List<Long> offsets(List<Received> rows) {
        return rows.stream().map(Received::offset).toList();
    }
}
