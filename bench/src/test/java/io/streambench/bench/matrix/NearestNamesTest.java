package io.streambench.bench.matrix;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearestNamesTest {
    private static final List<String> BROKERS = List.of("kafka", "rabbitmq-stream", "rabbitmq-quorum",
            "rabbitmq-classic");

    @Test
    void aTypoMeansTheNameAFewEditsAway() {
        assertThat(NearestNames.of("kafak", BROKERS)).containsExactly("kafka");
        assertThat(NearestNames.of("rabbitmq-strem", BROKERS)).containsExactly("rabbitmq-stream");
    }

    @Test
    void aShortenedNameMeansEveryNameItStarts() {
        assertThat(NearestNames.of("rabbitmq-q", BROKERS)).containsExactly("rabbitmq-quorum");
        assertThat(NearestNames.of("RabbitMQ", BROKERS)).containsExactly("rabbitmq-classic", "rabbitmq-quorum",
                "rabbitmq-stream");
    }

    @Test
    void aNameFarFromEveryKnownOneSuggestsNothing() {
        assertThat(NearestNames.of("pulsar", BROKERS)).isEmpty();
        assertThat(NearestNames.unknown("broker", "pulsar", BROKERS))
                .isEqualTo("unknown broker 'pulsar' (known: kafka, rabbitmq-stream, rabbitmq-quorum, rabbitmq-classic)");
    }
}
