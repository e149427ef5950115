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
     * The threads of the source's AMQP and stream clients still alive, after giving closed ones up to {@code grace} to
     * end. A stream client's own pools are not counted (the test's broker has one too); the source's event loop and
     * scheduler, which it stops only after closing its client, are.
     */
    static Set<String> sourceThreadsAfter(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (true) {
            Set<String> alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.isAlive() && thread.getName().startsWith(QueueConnections.THREAD_PREFIX))
                    .map(Thread::getName)
                    .collect(Collectors.toSet());
            if (alive.isEmpty() || System.nanoTime() > deadline) {
                return alive;
            }
            Thread.sleep(50);
        }
    }
}
