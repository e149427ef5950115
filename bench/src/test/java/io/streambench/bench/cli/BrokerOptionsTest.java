package io.streambench.bench.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerOptionsTest {
    @Test
    void kafkaPropertiesBecomeClientSettingsOfTheKafkaBrokerInTheOrderGiven() {
        BrokerOptions options = parse("--kafka-property", "max.partition.fetch.bytes=8388608",
                "--kafka-property", "fetch.min.bytes=1");

        Map<String, Map<String, String>> settings = options.brokerSettings();

        assertThat(settings.get("kafka")).containsEntry("deployment", "embedded")
                .containsEntry("client.max.partition.fetch.bytes", "8388608").containsEntry("client.fetch.min.bytes", "1");
        assertThat(settings.get("rabbitmq")).doesNotContainKey("client.max.partition.fetch.bytes");
    }

    @Test
    void rabbitmqPropertiesBecomeClientSettingsOfTheRabbitmqBrokerOnly() {
        Map<String, Map<String, String>> settings = parse("--rabbitmq-property", "connection.heartbeat=30")
                .brokerSettings();

        assertThat(settings.get("rabbitmq")).containsEntry("deployment", "local")
                .containsEntry("client.connection.heartbeat", "30");
        assertThat(settings.get("kafka")).containsOnlyKeys("deployment");
    }

    @Test
    void withoutKafkaPropertiesTheKafkaSettingsNameOnlyTheDeployment() {
        assertThat(parse().brokerSettings().get("kafka")).containsOnlyKeys("deployment");
    }

    @Test
    void aPropertyWithoutAValueIsAnErrorNamingTheOption() {
        CommandLine commandLine = new CommandLine(new Holder());
        assertThat(commandLine.execute("--kafka-property", "linger.ms")).isEqualTo(2);
    }

    private static BrokerOptions parse(String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.brokers;
    }

    @CommandLine.Command(name = "holder")
    static final class Holder implements Runnable {
        @CommandLine.Mixin
        BrokerOptions brokers;

        @Override
        public void run() {
        }
    }
}
