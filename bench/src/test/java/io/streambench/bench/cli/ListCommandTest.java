package io.streambench.bench.cli;

import io.streambench.api.engine.EngineCapabilities;
import io.streambench.api.engine.Feature;
import io.streambench.api.run.Emission;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;

import static io.streambench.api.run.ExecutionMode.Kind.CONTINUOUS;
import static io.streambench.api.run.ExecutionMode.Kind.MICROBATCH;
import static org.assertj.core.api.Assertions.assertThat;

class ListCommandTest {

    @Test
    void refusalsOfRunSettingsAndTheirPairsAreListedInTheModesTheEngineRuns() {
        EngineCapabilities capabilities = EngineCapabilities.builder().defaultEmission(Emission.FINAL)
                .supportAll(MICROBATCH)
                .refuseEverywhere(Feature.EXACTLY_ONCE_KAFKA_SINK, "no transactions")
                .refuseEverywhere(Feature.EMIT_ON_WATERMARK, "listed with the emissions")
                .refuse(MICROBATCH, Feature.TUMBLING_WINDOWS, "explained by the matrix")
                .build();
        StringWriter text = new StringWriter();

        ListCommand.otherRefusals("spark", capabilities,
                Set.of("spark: tumbling windows in %s: explained by the matrix"), new PrintWriter(text, true));

        assertThat(text.toString().lines()).containsExactly(
                "  spark: exactly-once writes into Kafka topics in microbatch mode: no transactions");
        assertThat(text.toString()).doesNotContain(CONTINUOUS.wireName());
    }
}
