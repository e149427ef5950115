package io.streambench.rabbitmq;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.QueueType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("integration")
class ProviderSettingsTest {
    private final BrokerProvider provider = BrokerProvider.named("rabbitmq");

    @Test
    void theProviderIsFoundByNameAndDeclaresItsSettings() {
        assertThat(provider).isInstanceOf(RabbitMqBrokerProvider.class);
        assertThat(provider.settingKeys()).containsExactlyInAnyOrder("deployment", "uri", "queueType", "confirms",
                "client.*");
    }

    @Test
    void defaultsAreTheLocalServerStreamQueuesAndConfirms() {
        assertThat(RabbitMqSettings.parse(Map.of())).isEqualTo(
                new RabbitMqSettings(Deployment.LOCAL, "amqp://guest:guest@127.0.0.1:5672", QueueType.STREAM, true,
                        Map.of()));
    }

    @Test
    void anUnknownOrMisspelledSettingIsRejectedByName() {
        assertThatThrownBy(() -> open(Map.of("queuetype", "classic")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown rabbitmq broker setting 'queuetype'")
                .hasMessageContaining("known: client.*, confirms, deployment, queueType, uri");
    }

    @Test
    void badValuesAreRejectedWithWhatIsExpected() {
        assertThatThrownBy(() -> open(Map.of("queueType", "lazy")))
                .hasMessageContaining("unknown queue type 'lazy'").hasMessageContaining("classic, quorum, stream");
        assertThatThrownBy(() -> open(Map.of("deployment", "embedded")))
                .hasMessageContaining("unknown rabbitmq deployment 'embedded'")
                .hasMessageContaining("local, external, testcontainers");
        assertThatThrownBy(() -> open(Map.of("confirms", "yes")))
                .hasMessageContaining("confirms must be true or false, was 'yes'");
        assertThatThrownBy(() -> open(Map.of("confirms", "false")))
                .hasMessageContaining("confirms=false applies to classic and quorum queues");
    }

    @Test
    void theUriIsRequiredForAnExternalServerAndRefusedForAContainer() {
        assertThatThrownBy(() -> open(Map.of("deployment", "external")))
                .hasMessageContaining("deployment=external needs uri=");
        assertThatThrownBy(() -> open(Map.of("deployment", "testcontainers", "uri", RabbitMqSettings.LOCAL_URI)))
                .hasMessageContaining("testcontainers picks its own uri");
        assertThatThrownBy(() -> open(Map.of("uri", "amqp://guest:secret@127.0.0.1:5672:99")))
                .hasMessageContaining("invalid rabbitmq uri 'amqp://guest@127.0.0.1:5672:99': no host")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> open(Map.of("uri", "http://127.0.0.1:5672")))
                .hasMessageContaining("invalid rabbitmq uri 'http://127.0.0.1:5672'");
    }

    @Test
    void anOpenBrokerTellsEnginesWhereItIsAndWhatItCanDo() {
        try (Broker broker = open(Map.of("queueType", "quorum", "confirms", "false"))) {
            assertThat(broker.name()).isEqualTo("rabbitmq");
            assertThat(broker.connection()).isEqualTo(new BrokerConnection.RabbitMq(RabbitMqSettings.LOCAL_URI, QueueType.QUORUM));
            assertThat(broker.describe()).startsWith("rabbitmq 3.").contains("(local) quorum queues at amqp://guest@127.0.0.1:5672")
                    .contains("publisher confirms off").doesNotContain("guest:guest");
            assertThat(broker.startPositions()).containsExactly(StartPosition.Kind.EARLIEST);
        }
    }

    @Test
    void aStreamQueueBrokerSaysItWritesOverTheStreamProtocolAndWhere() {
        try (Broker broker = open(Map.of("queueType", "stream"))) {
            assertThat(broker.connection()).isEqualTo(new BrokerConnection.RabbitMq(RabbitMqSettings.LOCAL_URI,
                    QueueType.STREAM, Map.of(), BrokerConnection.RabbitMq.DEFAULT_STREAM_PORT));
            assertThat(broker.describe()).contains("stream queues at amqp://guest@127.0.0.1:5672")
                    .contains("written over the stream protocol at port 5552");
        }
    }

    @Test
    void aServerElsewhereWithoutTheStreamProtocolIsNamedWithThePlugin() {
        assertThatThrownBy(() -> StreamProtocolPort.requireOpen("127.0.0.1", 1, Deployment.EXTERNAL))
                .isInstanceOf(BrokerUnreachableException.class)
                .hasMessageContaining("RabbitMQ at 127.0.0.1:1 does not accept stream-protocol connections")
                .hasMessageContaining("rabbitmq-plugins enable rabbitmq_stream");
    }

    @Test
    void clientPropertiesReachEveryConnectionAndTheEngines() {
        try (Broker broker = open(Map.of("queueType", "stream", "client.connection.heartbeat", "17",
                "client.client.properties.purpose", "benchmark"))) {
            assertThat(((BrokerConnection.RabbitMq) broker.connection()).clientProperties())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("connection.heartbeat", "17",
                            "client.properties.purpose", "benchmark"));
            assertThat(((RabbitMqBroker) broker).amqpConnection().getHeartbeat())
                    .as("negotiated with the server: the client asked for 17 s").isEqualTo(17);
        }
    }

    @Test
    void aClientPropertyAmqpClientDoesNotKnowIsRefusedByName() {
        assertThatThrownBy(() -> open(Map.of("client.connection.hearbeat", "17")))
                .hasMessageContaining("unknown rabbitmq client property 'connection.hearbeat'")
                .hasMessageContaining("connection.heartbeat");
        assertThatThrownBy(() -> open(Map.of("client.password", "x")))
                .hasMessageContaining("comes from the uri");
    }

    private Broker open(Map<String, String> settings) {
        return provider.open(Path.of("."), settings);
    }
}
