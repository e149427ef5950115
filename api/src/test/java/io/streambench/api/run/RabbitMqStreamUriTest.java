package io.streambench.api.run;

import io.streambench.api.json.Json;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RabbitMqStreamUriTest {

    @Test
    void theStreamUriKeepsHostUserAndVirtualHostAndTakesTheStreamPort() {
        var rabbit = new BrokerConnection.RabbitMq("amqp://bench:s%40cret@mq.example:5673/orders", QueueType.STREAM,
                Map.of(), 5553);

        assertThat(rabbit.streamUri()).isEqualTo("rabbitmq-stream://bench:s%40cret@mq.example:5553/orders");
    }

    @Test
    void withoutAVirtualHostTheDefaultOneIsNamed() {
        assertThat(new BrokerConnection.RabbitMq("amqp://localhost:5672", QueueType.STREAM).streamUri())
                .isEqualTo("rabbitmq-stream://localhost:5552/%2f");
        assertThat(new BrokerConnection.RabbitMq("amqp://guest:guest@127.0.0.1:5672/", QueueType.STREAM).streamUri())
                .isEqualTo("rabbitmq-stream://guest:guest@127.0.0.1:5552/%2f");
    }

    @Test
    void tlsOnAmqpMeansTlsOnTheStreamProtocol() {
        assertThat(new BrokerConnection.RabbitMq("amqps://mq.example:5671/", QueueType.STREAM).streamUri())
                .startsWith("rabbitmq-stream+tls://mq.example:5552/");
    }

    @Test
    void theStreamPortTravelsToTheEngineAndDefaultsWhenAbsent() {
        BrokerConnection sent = new BrokerConnection.RabbitMq("amqp://localhost", QueueType.STREAM, Map.of(), 6000);
        String json = Json.toJson(sent);

        assertThat(Json.fromJson(json, BrokerConnection.class, "job.json")).isEqualTo(sent);
        assertThat(Json.fromJson("{\"rabbitmq\":{\"uri\":\"amqp://localhost\"}}", BrokerConnection.class, "job.json"))
                .isEqualTo(new BrokerConnection.RabbitMq("amqp://localhost", QueueType.STREAM));
    }

    @Test
    void aPortOutsideTcpIsRefused() {
        assertThatThrownBy(() -> new BrokerConnection.RabbitMq("amqp://localhost", QueueType.STREAM, Map.of(), 0))
                .hasMessageContaining("streamPort");
    }
}
