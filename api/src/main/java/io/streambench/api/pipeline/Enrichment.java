package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Joins each event with a side input, a small dimension table. The one table today is {@code page-category}
 * ({@link io.streambench.api.event.PageCatalog}), which makes {@link Key#CATEGORY} available.
 */
public record Enrichment(String table) implements Stage {
    public static final String PAGE_CATEGORY = "page-category";

    @JsonCreator
    public Enrichment(@JsonProperty("table") String table) {
        if (!PAGE_CATEGORY.equals(table)) {
            throw new IllegalArgumentException("unknown enrichment table '" + table + "' (expected " + PAGE_CATEGORY + ")");
        }
        this.table = table;
    }

    public static Enrichment pageCategory() {
        return new Enrichment(PAGE_CATEGORY);
    }
}
