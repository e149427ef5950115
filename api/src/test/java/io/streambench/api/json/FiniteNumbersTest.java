package io.streambench.api.json;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiniteNumbersTest {
    record Figures(double perMillion, Double rate, double p99) {
    }

    @Test
    void aFigureWithNothingToDivideByIsWrittenAsNullAndReadBackAsNaN() {
        String json = Json.toJson(new Figures(Double.POSITIVE_INFINITY, Double.NaN, 12.5));

        assertThat(json).doesNotContain("NaN").doesNotContain("Infinity").contains("\"p99\":12.5");
        assertThat(json).contains("\"perMillion\":null");
        Figures read = Json.fromJson(json, Figures.class, "test");
        assertThat(read.perMillion()).isNaN();
        assertThat(read.rate()).isNull();
        assertThat(read.p99()).isEqualTo(12.5);
    }
}
