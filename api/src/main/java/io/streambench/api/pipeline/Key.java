package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.json.WireNames;

import java.util.Objects;

/** What a pipeline groups by. {@link #CATEGORY} exists only after the page-category enrichment. */
public enum Key {
    USER("user"),
    PAGE("page"),
    CATEGORY("category"),
    SESSION("session");

    private final String wireName;

    Key(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * The key of an event; {@code category} is what the page-category enrichment found, or null before it.
     */
    public String valueOf(ClickEvent event, String category) {
        return switch (this) {
            case USER -> event.user();
            case PAGE -> event.page();
            case SESSION -> event.session();
            case CATEGORY -> Objects.requireNonNull(category, "category key before the page-category enrichment");
        };
    }

    @JsonCreator
    public static Key fromWireName(String text) {
        return WireNames.parse(Key.class, text, Key::wireName, "key");
    }
}
