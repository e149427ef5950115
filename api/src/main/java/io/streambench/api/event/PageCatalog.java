package io.streambench.api.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dimension table of the enrichment side input: page to category. Small and static, as side inputs are:
 * engines broadcast it (Flink) or join it (Spark). Pages outside the table get {@link #UNKNOWN_CATEGORY}.
 */
public final class PageCatalog {
    public static final String UNKNOWN_CATEGORY = "unknown";
    public static final int STANDARD_PAGES = 5_000;

    private static final List<String> CATEGORIES = List.of(
            "electronics", "books", "fashion", "home", "garden", "sports",
            "toys", "beauty", "grocery", "automotive", "music", "travel");
    private static final PageCatalog STANDARD = new PageCatalog(STANDARD_PAGES);

    private final Map<String, String> categoryByPage;

    private PageCatalog(int pages) {
        Map<String, String> table = new LinkedHashMap<>();
        for (int page = 0; page < pages; page++) {
            // A multiplicative spread, so that neighbouring (equally popular) pages land in different categories.
            table.put(ClickstreamGenerator.pageName(page), CATEGORIES.get((int) ((page * 7L + page / 13) % CATEGORIES.size())));
        }
        this.categoryByPage = Map.copyOf(table);
    }

    public static PageCatalog standard() {
        return STANDARD;
    }

    public String categoryOf(String page) {
        return categoryByPage.getOrDefault(page, UNKNOWN_CATEGORY);
    }

    /** The table rows, for engines that ship it as a broadcast or join input. */
    public Map<String, String> rows() {
        return categoryByPage;
    }

    public static List<String> categories() {
        return CATEGORIES;
    }
}
