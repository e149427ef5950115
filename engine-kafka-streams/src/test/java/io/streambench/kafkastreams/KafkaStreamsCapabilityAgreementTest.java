package io.streambench.kafkastreams;

import io.streambench.api.conformance.CapabilityAgreement;
import io.streambench.api.fork.ForkedEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What `--describe` carries to the bench refuses exactly what the engine refuses when it gets the job. */
@Tag("integration")
class KafkaStreamsCapabilityAgreementTest {

    @Test
    void theCapabilitiesDescribedAcrossTheForkAgreeWithTheEnginesOwnChecksOverTheWholeMatrix() {
        ForkedEngine forked = ForkedKafkaStreams.engine();

        assertThat(CapabilityAgreement.assertAgree(forked, new KafkaStreamsEngine())).isGreaterThan(10_000);
    }
}
