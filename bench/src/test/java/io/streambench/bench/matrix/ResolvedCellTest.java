package io.streambench.bench.matrix;

import io.streambench.api.json.Json;
import io.streambench.api.run.DeliveryGuarantee;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ResolvedCellTest {
    @Test
    void whatACellDoesNotSetIsTheDefault() {
        ResolvedCell resolved = CellSettings.EMPTY.resolved();

        assertThat(resolved.guarantee()).isEqualTo(DeliveryGuarantee.AT_LEAST_ONCE);
        assertThat(resolved.parallelism()).isEqualTo(2);
        assertThat(resolved.checkpointInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(resolved.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(resolved.sink()).isEqualTo("kafka");
        assertThat(resolved.rate()).isEqualTo(1_000);
        assertThat(resolved.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(resolved.seed()).isEqualTo(42);
        assertThat(resolved.repeat()).isEqualTo(1);
        assertThat(resolved.sloP99Millis()).isEqualTo(30_000);
    }

    @Test
    void whatACellSetsWinsAndItsSettingsStillSayWhatWasSet() {
        CellSettings cell = Json.fromYaml("{guarantee: exactly-once, parallelism: 4, sink: postgres, rate: 500}",
                CellSettings.class, "cell.yaml");

        ResolvedCell resolved = cell.resolved();

        assertThat(resolved.guarantee()).isEqualTo(DeliveryGuarantee.EXACTLY_ONCE);
        assertThat(resolved.parallelism()).isEqualTo(4);
        assertThat(resolved.sink()).isEqualTo("postgres");
        assertThat(resolved.rate()).isEqualTo(500);
        assertThat(resolved.settings().checkpointInterval()).as("a default, not a setting").isNull();
        assertThat(Json.toJson(cell)).doesNotContain("resolved").doesNotContain("checkpointInterval\":\"");
    }
}
