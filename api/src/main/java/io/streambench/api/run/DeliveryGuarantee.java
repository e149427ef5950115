package io.streambench.api.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.streambench.api.json.WireNames;

public enum DeliveryGuarantee {
    AT_LEAST_ONCE("at-least-once"),
    EXACTLY_ONCE("exactly-once");

    private final String wireName;

    DeliveryGuarantee(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static DeliveryGuarantee fromWireName(String text) {
        return WireNames.parse(DeliveryGuarantee.class, text, DeliveryGuarantee::wireName, "delivery guarantee");
    }
}
