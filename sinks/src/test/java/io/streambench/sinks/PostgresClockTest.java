package io.streambench.sinks;

import io.streambench.api.measure.ClockOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the PostgreSQL server of this machine, whose clock is this machine's. */
@Tag("integration")
class PostgresClockTest {
    @Test
    void theOffsetOfTheServersClockIsReadThroughTheStore() {
        ClockOffset offset = new PostgresResultStore(ResultTableTest.JDBC_URL).clockOffset().orElseThrow();
        assertThat(offset.clock()).isEqualTo("postgresql");
        assertThat(Math.abs(offset.offsetMillis())).isLessThan(1_000);
        assertThat(offset.roundTripMillis()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void anUnreachableServerIsNamed() {
        assertThatThrownBy(() -> new PostgresResultStore("jdbc:postgresql://127.0.0.1:1/test?user=postgres").clockOffset())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:1");
    }
}
