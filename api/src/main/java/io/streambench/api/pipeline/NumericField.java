package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.json.WireNames;

/** An event field that can be summed. */
public enum NumericField {
    AMOUNT_CENTS("amountCents");

    private final String wireName;

    NumericField(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static NumericField fromWireName(String text) {
        return WireNames.parse(NumericField.class, text, NumericField::wireName, "numeric field");
    }

    public long valueOf(ClickEvent event) {
        return event.amountCents();
    }
}
