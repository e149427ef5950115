package io.streambench.bench.results;

import io.streambench.api.json.Json;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellStatusTest {
    @Test
    void resultsJsonHoldsTheWireNamesItAlwaysHad() {
        assertThat(Arrays.stream(CellStatus.values()).map(Json::toJson)).containsExactly("\"ok\"", "\"unsupported\"",
                "\"failed\"", "\"wrong\"", "\"not-sustained\"", "\"interrupted\"");
    }

    @Test
    void statusesOfEarlierResultsReadBack() {
        assertThat(List.of("ok", "unsupported", "failed", "wrong", "not-sustained", "interrupted").stream()
                .map(name -> Json.fromJson("\"" + name + "\"", CellStatus.class, "results.json")))
                .containsExactly(CellStatus.values());
    }

    @Test
    void anUnknownStatusSaysWhichAreKnown() {
        assertThatThrownBy(() -> CellStatus.fromWireName("slow")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown cell status 'slow'").hasMessageContaining("not-sustained");
    }
}
