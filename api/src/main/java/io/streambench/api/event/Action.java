package io.streambench.api.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.streambench.api.json.WireNames;

/** What a user did. {@link #WATERMARK} is not a user action but the end-of-input punctuation, see {@link ClickEvent#watermarkMarker}. */
public enum Action {
    VIEW("view"),
    CLICK("click"),
    ADD_TO_CART("add-to-cart"),
    PURCHASE("purchase"),
    WATERMARK("watermark");

    private final String wireName;

    Action(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static Action fromWireName(String text) {
        return WireNames.parse(Action.class, text, Action::wireName, "action");
    }
}
