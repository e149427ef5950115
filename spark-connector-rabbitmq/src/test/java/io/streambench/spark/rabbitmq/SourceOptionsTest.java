package io.streambench.spark.rabbitmq;

import io.streambench.api.run.QueueType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceOptionsTest {
    private static final String URI = "amqp://guest:guest@127.0.0.1:5672";

    @Test
    void readsTheOptionsWhateverTheCaseOfTheirKeys() {
        SourceOptions options = SourceOptions.parse(Map.of("URI", URI, "queue", "clicks", "queuetype", "stream",
                "startAt", "timestamp:1700000000123", "MaxMessagesPerTrigger", "2000"));

        assertThat(options).isEqualTo(new SourceOptions(URI, "rabbitmq-stream://guest:guest@127.0.0.1:5552/%2f", "clicks", QueueType.STREAM,
                new StartAt(StartAt.Kind.TIMESTAMP, 1_700_000_000_123L), OptionalLong.of(2000), Map.of()));
    }

    @Test
    void theStreamProtocolIsOnTheSameServerByDefaultOrWhereStreamUriSays() {
        SourceOptions given = SourceOptions.parse(Map.of("uri", URI + "/lab", "queue", "clicks", "queueType", "stream",
                "streamUri", "rabbitmq-stream://guest:guest@10.0.0.9:5553/lab"));

        assertThat(given.streamUri()).isEqualTo("rabbitmq-stream://guest:guest@10.0.0.9:5553/lab");
        assertThat(SourceOptions.parse(Map.of("uri", URI + "/lab", "queue", "clicks", "queueType", "stream"))
                .streamUri()).isEqualTo("rabbitmq-stream://guest:guest@127.0.0.1:5552/lab");
        assertThatThrownBy(() -> SourceOptions.parse(Map.of("uri", URI, "queue", "q", "queueType", "stream",
                "streamUri", "amqp://guest:secret@host:5552")))
                .hasMessageContaining("streamUri must be rabbitmq-stream://").hasMessageNotContaining("secret");
    }

    @Test
    void amqpPrefixedOptionsAreTheConnectionsClientProperties() {
        SourceOptions options = SourceOptions.parse(Map.of("uri", URI, "queue", "clicks", "queueType", "stream",
                "amqp.connection.heartbeat", "30", "amqp.connection.frame.max", "262144"));

        assertThat(options.clientProperties()).containsExactlyInAnyOrderEntriesOf(Map.of("connection.heartbeat", "30",
                "connection.frame.max", "262144"));
    }

    @Test
    void startsAtEarliestWithoutACapByDefault() {
        SourceOptions options = SourceOptions.parse(Map.of("uri", URI, "queue", "clicks", "queueType", "quorum"));

        assertThat(options.startAt()).isEqualTo(StartAt.EARLIEST);
        assertThat(options.maxMessagesPerTrigger()).isEmpty();
    }

    @Test
    void namesWhatIsMissingOrWrong() {
        assertThatThrownBy(() -> SourceOptions.parse(Map.of("uri", URI, "queueType", "stream")))
                .hasMessage("rabbitmq option queue is required");
        assertThatThrownBy(() -> SourceOptions.parse(Map.of("uri", URI, "queue", "q", "queueType", "lazy")))
                .hasMessageStartingWith("rabbitmq option queueType: ");
        assertThatThrownBy(() -> SourceOptions.parse(Map.of("uri", URI, "queue", "q", "queueType", "stream",
                "startAt", "yesterday")))
                .hasMessageContaining("startAt must be earliest, latest or timestamp:<epochMillis>, was 'yesterday'");
        assertThatThrownBy(() -> SourceOptions.parse(Map.of("uri", URI, "queue", "q", "queueType", "stream",
                "maxMessagesPerTrigger", "0")))
                .hasMessageContaining("maxMessagesPerTrigger must be a positive whole number, was '0'");
        assertThatThrownBy(() -> SourceOptions.parse(Map.of("uri", "http://guest:secret@host", "queue", "q",
                "queueType", "stream")))
                .hasMessageContaining("'http://guest@host'").hasMessageNotContaining("secret");
    }

    @Test
    void refusesPositionsAConsumedQueueCannotStartAt() {
        assertThatThrownBy(() -> SourceOptions.parse(Map.of("uri", URI, "queue", "orders", "queueType", "classic",
                "startAt", "latest")))
                .hasMessage("rabbitmq classic queue 'orders' cannot start at latest: reading a classic queue consumes "
                        + "what is queued, so only startAt=earliest is possible; stream queues (queueType=stream) are "
                        + "replayable");
    }

    @Test
    void anOffsetIsItsJson() {
        RabbitMqOffset offset = new RabbitMqOffset(42);

        assertThat(offset.json()).isEqualTo("{\"next\":42}");
        assertThat(RabbitMqOffset.fromJson(" {\"next\": 42} ")).isEqualTo(offset);
        assertThatThrownBy(() -> RabbitMqOffset.fromJson("{\"clicks\":{\"0\":42}}"))
                .hasMessageContaining("not a rabbitmq source offset");
    }
}
