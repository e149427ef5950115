package io.streambench.kafka;

import io.streambench.api.broker.BrokerProvider;
import io.streambench.api.fork.FreePorts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Settings of the Kafka provider: each is checked before anything starts, and a wrong one is named. */
@Tag("integration")
class KafkaBrokerProviderTest {
    private final BrokerProvider provider = BrokerProvider.named("kafka");

    @TempDir
    Path workDir;

    @Test
    void isFoundByName() {
        assertThat(provider).isInstanceOf(KafkaBrokerProvider.class);
        assertThat(provider.settingKeys()).containsExactlyInAnyOrder("deployment", "bootstrapServers", "client.*");
    }

    @Test
    void acceptsItsSettingsAndAnyClientProperty() {
        assertThatCode(() -> provider.requireKnown(Map.of("deployment", "external", "bootstrapServers", "kafka-1:9092",
                "client.security.protocol", "SASL_SSL", "client.sasl.mechanism", "PLAIN"))).doesNotThrowAnyException();
    }

    @Test
    void rejectsAnUnknownSettingByName() {
        assertThatThrownBy(() -> provider.requireKnown(Map.of("deploymnet", "embedded")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown kafka broker setting 'deploymnet' (known: bootstrapServers, client.*, deployment)");
        assertThatThrownBy(() -> provider.requireKnown(Map.of("client.", "x")))
                .hasMessageContaining("unknown kafka broker setting 'client.'");
        assertThatThrownBy(() -> provider.open(workDir, Map.of("bootstrapservers", "localhost:9092")))
                .hasMessageContaining("'bootstrapservers'");
    }

    @Test
    void rejectsAnUnknownDeployment() {
        assertThatThrownBy(() -> provider.open(workDir, Map.of("deployment", "docker")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown kafka deployment 'docker' (known: embedded, external, testcontainers)");
    }

    @Test
    void externalNeedsBootstrapServersAndOnlyExternalTakesThem() {
        assertThatThrownBy(() -> provider.open(workDir, Map.of("deployment", "external")))
                .hasMessageContaining("deployment=external needs bootstrapServers");
        assertThatThrownBy(() -> provider.open(workDir, Map.of("bootstrapServers", "kafka-1:9092")))
                .hasMessageContaining("bootstrapServers is only for deployment=external");
    }

    @Test
    void clientPropertiesCannotReplaceWhatTheModuleSetsItself() {
        assertThatThrownBy(() -> provider.open(workDir, Map.of("deployment", "external", "bootstrapServers", "kafka-1:9092",
                "client.bootstrap.servers", "kafka-2:9092")))
                .hasMessageContaining("'client.bootstrap.servers' is not allowed").hasMessageContaining("use bootstrapServers");
        assertThatThrownBy(() -> provider.open(workDir, Map.of("client.value.serializer", "x")))
                .hasMessageContaining("'client.value.serializer' is not allowed");
    }

    @Test
    void anUnreachableExternalBrokerFailsAtOnceNamingTheAddressAndTheWayOut() {
        String nobodyListens = "127.0.0.1:" + FreePorts.pick(1).get(0);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> provider.open(workDir, Map.of("deployment", "external", "bootstrapServers", nobodyListens)))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageStartingWith("no Kafka broker is reachable at " + nobodyListens)
                        .hasMessageContaining("--kafka-bootstrap host:port").hasMessageContaining("leave out --kafka-bootstrap"));
    }

    @Test
    void aMalformedAddressIsNamed() {
        assertThatThrownBy(() -> provider.open(workDir, Map.of("deployment", "external", "bootstrapServers", "no-port")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host:port").hasMessageContaining("'no-port'");
    }
}
