package io.streambench.api.event;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClickEventCodecTest {
    private static final ClickEvent EVENT = new ClickEvent(7, "user-3", "user-3-s1", "page-12", Action.ADD_TO_CART,
            1999, 1_700_000_000_000L, 1_700_000_000_005L);

    @Test
    void writesOneFlatJsonObject() {
        assertThat(ClickEventCodec.encodeToString(EVENT)).isEqualTo(
                "{\"sequence\":7,\"user\":\"user-3\",\"session\":\"user-3-s1\",\"page\":\"page-12\","
                        + "\"action\":\"add-to-cart\",\"amountCents\":1999,\"eventTime\":1700000000000,"
                        + "\"sendTime\":1700000000005}");
    }

    @Test
    void decodesWhatItEncodes() {
        assertThat(ClickEventCodec.decode(ClickEventCodec.encode(EVENT))).isEqualTo(EVENT);
        ClickEvent marker = ClickEvent.watermarkMarker(5, 6);
        assertThat(ClickEventCodec.decode(ClickEventCodec.encode(marker))).isEqualTo(marker);
    }

    @Test
    void acceptsFieldsInAnyOrderAndWhitespace() {
        String text = " { \"sendTime\": 2, \"eventTime\": 1, \"amountCents\": 0, \"action\": \"view\", \"page\": \"p\","
                + " \"session\": \"s\", \"user\": \"u\", \"sequence\": 0 } ";
        assertThat(ClickEventCodec.decode(text)).isEqualTo(new ClickEvent(0, "u", "s", "p", Action.VIEW, 0, 1, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing field | {\"sequence\":1,\"user\":\"u\",\"session\":\"s\",\"action\":\"view\",\"amountCents\":0,\"eventTime\":1,\"sendTime\":1} | missing field page",
            "several missing | {\"sequence\":1,\"user\":\"u\"} | missing fields session, page, action, amountCents, eventTime, sendTime",
            "unknown field | {\"sequence\":1,\"usr\":\"u\"} | unknown field 'usr'",
            "mistyped number | {\"sequence\":\"one\"} | field 'sequence' must be an integer, was one",
            "fractional time | {\"eventTime\":1.5} | field 'eventTime' must be an integer, was 1.5",
            "mistyped text | {\"user\":42} | field 'user' must be a string, was 42",
            "unknown action | {\"action\":\"clik\"} | field 'action': unknown action 'clik' (expected one of view, click, add-to-cart, purchase, watermark)",
            "not an object | [1,2] | expected a JSON object",
            "not JSON | hello | malformed click event: Unrecognized token 'hello'",
            "duplicate field | {\"sequence\":1,\"sequence\":2} | Duplicate field 'sequence'",
            "trailing content | {\"sequence\":1,\"user\":\"u\",\"session\":\"s\",\"page\":\"p\",\"action\":\"view\",\"amountCents\":0,\"eventTime\":1,\"sendTime\":1} x | trailing content",
            "empty user | {\"sequence\":1,\"user\":\"\",\"session\":\"s\",\"page\":\"p\",\"action\":\"view\",\"amountCents\":0,\"eventTime\":1,\"sendTime\":1} | user must not be empty",
            "negative amount | {\"sequence\":1,\"user\":\"u\",\"session\":\"s\",\"page\":\"p\",\"action\":\"view\",\"amountCents\":-5,\"eventTime\":1,\"sendTime\":1} | amountCents must be >= 0",
            "truncated | {\"sequence\":1,\"user\":\"u | malformed click event"})
    void rejectsMalformedInputNamingTheProblem(String caseName, String input, String expectedMessage) {
        assertThatThrownBy(() -> ClickEventCodec.decode(input))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("malformed click event: ")
                .hasMessageContaining(expectedMessage)
                .hasMessageContaining("input: " + input.substring(0, Math.min(20, input.length())));
    }

    @Test
    void rejectsEmptyAndBinaryMessages() {
        assertThatThrownBy(() -> ClickEventCodec.decode(new byte[0])).hasMessage("malformed click event: empty message");
        assertThatThrownBy(() -> ClickEventCodec.decode(new byte[]{(byte) 0xff, 0x00, 0x12}))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void shortensLongInputInTheMessage() {
        String longInput = "{\"user\":\"" + "x".repeat(1_000) + "\"}";
        assertThatThrownBy(() -> ClickEventCodec.decode(longInput))
                .hasMessageEndingWith("...")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));
    }
}
