package io.streambench.api.measure;

import io.streambench.api.json.Json;
import io.streambench.api.load.ArrivalDelays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedHistogramTest {
    @Test
    void aHistogramCrossesJsonWithEverySampleAndSign() {
        SignedHistogram delays = new SignedHistogram();
        for (long millis = -500; millis <= 20_000; millis += 7) {
            delays.record(millis);
        }
        delays.record(86_400_000L);

        ArrivalDelays read = Json.fromJson(Json.toJson(new ArrivalDelays("test clock", delays)), ArrivalDelays.class,
                "test");

        assertThat(read.measuredBy()).isEqualTo("test clock");
        assertThat(read.delays().percentiles()).isEqualTo(delays.percentiles());
        assertThat(read.delays().valueAtPercentile(10)).isEqualTo(delays.valueAtPercentile(10));
    }

    @Test
    void anEmptyHistogramStaysEmpty() {
        SignedHistogram read = SignedHistogram.decode(new SignedHistogram().encoded());

        assertThat(read.count()).isZero();
        read.record(3);
        assertThat(read.percentiles().max()).isEqualTo(3);
    }

    @Test
    void textThatIsNoHistogramIsRefusedSayingWhatWasExpected() {
        assertThatThrownBy(() -> SignedHistogram.decode("abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two base64 parts");
    }
}
