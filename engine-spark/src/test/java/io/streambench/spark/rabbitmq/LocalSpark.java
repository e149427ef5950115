package io.streambench.spark.rabbitmq;

import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/** The local Spark session of a test class, and what the tests check about the source's threads. */
final class LocalSpark {
    private static final String STREAM_CLIENT_PREFIX = "rabbitmq-stream-";

    private LocalSpark() {
    }

    static SparkSession start(String name) {
        return SparkSession.builder()
                .appName(name)
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    static DataStreamWriter<Row> into(Dataset<Row> messages, CollectedBatches sink) {
        return messages.writeStream().foreachBatch((VoidFunction2<Dataset<Row>, Long>) sink::record);
    }

    /**
     * The threads of the source's AMQP and stream clients (the stream client names its own pools
     * {@value #STREAM_CLIENT_PREFIX}...) still alive, after giving closed ones up to {@code grace} to end.
     */
    static Set<String> sourceThreadsAfter(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (true) {
            Set<String> alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.isAlive() && (thread.getName().startsWith(QueueConnections.THREAD_PREFIX)
                            || thread.getName().startsWith(STREAM_CLIENT_PREFIX)))
                    .map(Thread::getName)
                    .collect(Collectors.toSet());
            if (alive.isEmpty() || System.nanoTime() > deadline) {
                return alive;
            }
            Thread.sleep(50);
        }
    }
}
