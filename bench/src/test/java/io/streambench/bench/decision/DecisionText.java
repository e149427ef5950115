package io.streambench.bench.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A rendered decision.md as tests read it: one profile's record, and the anchors of report.html it links to. */
final class DecisionText {
    private static final Pattern REPORT_LINK = Pattern.compile("\\]\\(report\\.html#([^)]+)\\)");

    private DecisionText() {
    }

    /** The record of profile {@code number} (1-based), from its heading to the next one. */
    static String section(String decision, int number, String profile) {
        String heading = "## " + number + ". " + profile + "\n";
        int start = decision.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = decision.indexOf("\n## ", start + heading.length());
        return decision.substring(start, end < 0 ? decision.length() : end);
    }

    /** Every anchor a link into report.html names, in order, repeats included. */
    static List<String> reportAnchors(String decision) {
        List<String> anchors = new ArrayList<>();
        Matcher links = REPORT_LINK.matcher(decision);
        while (links.find()) {
            anchors.add(links.group(1));
        }
        return anchors;
    }
}
