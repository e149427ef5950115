package io.streambench.bench.run;

import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.QueueType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecordedClientPropertiesTest {
    @Test
    void tuningIsRecordedAsGivenAndSecretsAreRedacted() {
        BrokerConnection kafka = new BrokerConnection.Kafka("kafka-1:9092", Map.of(
                "max.partition.fetch.bytes", "8388608",
                "security.protocol", "SASL_SSL",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required password=\"p\";",
                "ssl.truststore.password", "changeit",
                "ssl.key.password", "k",
                "ssl.keystore.key", "-----BEGIN PRIVATE KEY-----"));

        Map<String, String> recorded = RecordedClientProperties.of(kafka);

        assertThat(recorded).containsExactly(
                Map.entry("max.partition.fetch.bytes", "8388608"),
                Map.entry("sasl.jaas.config", RecordedClientProperties.REDACTED),
                Map.entry("security.protocol", "SASL_SSL"),
                Map.entry("ssl.key.password", RecordedClientProperties.REDACTED),
                Map.entry("ssl.keystore.key", RecordedClientProperties.REDACTED),
                Map.entry("ssl.truststore.password", RecordedClientProperties.REDACTED));
        assertThat(String.join(" ", recorded.values())).doesNotContain("changeit", "password=", "PRIVATE KEY");
    }

    @Test
    void aRabbitMqConnectionHasNoClientPropertiesToRecord() {
        assertThat(RecordedClientProperties.of(new BrokerConnection.RabbitMq("amqp://guest:guest@127.0.0.1:5672",
                QueueType.STREAM))).isEmpty();
    }
}
