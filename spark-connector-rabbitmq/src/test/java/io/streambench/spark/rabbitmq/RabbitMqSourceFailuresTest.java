package io.streambench.spark.rabbitmq;

import io.streambench.api.broker.Broker;
import io.streambench.testsupport.RabbitMqBrokers;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class RabbitMqSourceFailuresTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private SparkSession spark;

    @BeforeAll
    void start() {
        spark = LocalSpark.start(getClass().getSimpleName());
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Test
    void aMissingQueueFailsTheQueryNamingTheQueueAndTheBrokerWithoutItsPassword(@TempDir Path checkpoint)
            throws Exception {
        StreamingQuery query = start("amqp://guest:guest@127.0.0.1:5672", "no-such-queue-for-spark", checkpoint);

        assertThatThrownBy(() -> query.awaitTermination(TIMEOUT.toMillis()))
                .isInstanceOf(StreamingQueryException.class)
                .hasStackTraceContaining("rabbitmq queue 'no-such-queue-for-spark' does not exist at "
                        + "amqp://guest@127.0.0.1:5672")
                .satisfies(error -> assertThat(stackTrace(error)).doesNotContain("guest:guest"));
        assertThat(LocalSpark.sourceThreadsAfter(Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void anUnreachableBrokerFailsTheQueryNamingTheAddressAndHowToStartIt(@TempDir Path checkpoint) throws Exception {
        StreamingQuery query = start("amqp://guest:secret@127.0.0.1:1", "any", checkpoint);

        assertThatThrownBy(() -> query.awaitTermination(TIMEOUT.toMillis()))
                .isInstanceOf(StreamingQueryException.class)
                .hasStackTraceContaining("cannot reach RabbitMQ at amqp://guest@127.0.0.1:1")
                .hasStackTraceContaining("rabbitmq-server -detached")
                .satisfies(error -> assertThat(stackTrace(error)).doesNotContain("secret"));
    }

    @Test
    void anUnreachableStreamProtocolFailsTheQueryNamingTheAddressAndThePlugin(@TempDir Path checkpoint)
            throws Exception {
        try (Broker broker = RabbitMqBrokers.open("stream")) {
            String queue = TestQueues.create(broker, "no-stream-port");
            try {
                StreamingQuery query = LocalSpark.into(spark.readStream().format("rabbitmq").option("uri", TestQueues.URI)
                                .option("streamUri", "rabbitmq-stream://guest:secret@127.0.0.1:1/%2f")
                                .option("queue", queue).option("queueType", "stream").load(), new CollectedBatches())
                        .option("checkpointLocation", checkpoint.toString()).start();

                assertThatThrownBy(() -> query.awaitTermination(TIMEOUT.toMillis()))
                        .isInstanceOf(StreamingQueryException.class)
                        .hasStackTraceContaining("cannot reach RabbitMQ's stream protocol at "
                                + "rabbitmq-stream://guest@127.0.0.1:1/%2f")
                        .hasStackTraceContaining("rabbitmq-plugins enable rabbitmq_stream")
                        .satisfies(error -> assertThat(stackTrace(error)).doesNotContain("secret"));
                assertThat(LocalSpark.sourceThreadsAfter(Duration.ofSeconds(5))).isEmpty();
            } finally {
                broker.deleteStream(queue);
            }
        }
    }

    @Test
    void aMisspeltOptionFailsTheLoadNamingIt() {
        assertThatThrownBy(() -> spark.readStream().format("rabbitmq").option("uri", TestQueues.URI)
                .option("queue", "q").option("queueType", "stream").option("maxMessagePerTrigger", "10").load())
                .hasMessageContaining("unknown rabbitmq option 'maxMessagePerTrigger'")
                .hasMessageContaining("maxMessagesPerTrigger");
    }

    private StreamingQuery start(String uri, String queue, Path checkpoint) throws Exception {
        return LocalSpark.into(spark.readStream().format("rabbitmq").option("uri", uri).option("queue", queue)
                        .option("queueType", "stream").load(), new CollectedBatches())
                .option("checkpointLocation", checkpoint.toString()).start();
    }

    private static String stackTrace(Throwable error) {
        java.io.StringWriter text = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }
}
