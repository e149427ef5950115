package io.streambench.bench.facts;

import io.streambench.bench.results.CellResult;

/** Writing text taken from the results into Markdown: it may contain anything, so it is escaped. */
public final class Markdown {
    private Markdown() {
    }

    /**
     * One line of literal text: line breaks made spaces, Markdown's inline marks escaped, and {@code <} and {@code &}
     * only where they could start an HTML tag or entity, so that comparisons such as {@code p99 < 2,000 ms} stay
     * readable in the plain file.
     */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String line = value.replaceAll("\\R", " ");
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> escaped.append('\\').append(c);
                case '<' -> escaped.append(Character.isLetter(next) || "/!?".indexOf(next) >= 0 ? "&lt;" : "<");
                case '&' -> escaped.append(Character.isLetter(next) || next == '#' ? "&amp;" : "&");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    public static String code(String value) {
        return "`" + (value == null ? "" : value.replace("`", "'").replaceAll("\\R", " ")) + "`";
    }

    /** A link to the cell's figures in the HTML report. */
    public static String cellLink(CellResult result, String htmlFile) {
        return "[" + text(CellFacts.label(result)) + "](" + htmlFile + "#" + Anchors.cell(result) + ")";
    }
}
