package io.streambench.bench.matrix;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The known names a mistyped or shortened one most likely meant, for "did you mean" hints. */
public final class NearestNames {
    private NearestNames() {
    }

    /**
     * The known names that start with what was given (a shortened name), else those within a few edits of it (a typo),
     * nearest first; empty when nothing is close.
     */
    public static List<String> of(String given, Collection<String> known) {
        String typed = given.toLowerCase(Locale.ROOT);
        List<String> extending = known.stream().filter(name -> name.toLowerCase(Locale.ROOT).startsWith(typed))
                .sorted().toList();
        if (!typed.isEmpty() && !extending.isEmpty()) {
            return extending;
        }
        int allowed = Math.max(2, typed.length() / 5);
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        return known.stream().filter(name -> distance.apply(typed, name.toLowerCase(Locale.ROOT)) >= 0)
                .sorted(Comparator.comparing(name -> distance.apply(typed, name.toLowerCase(Locale.ROOT))))
                .toList();
    }

    /** "unknown engine 'flinkk': did you mean 'flink'? (known: flink, spark)" */
    public static String unknown(String what, String given, Collection<String> known) {
        List<String> nearest = of(given, known);
        String suggestion = nearest.isEmpty() ? ""
                : ": did you mean " + String.join(" or ", nearest.stream().map(name -> "'" + name + "'").toList()) + "?";
        return "unknown " + what + " '" + given + "'" + suggestion + " (known: " + String.join(", ", known) + ")";
    }
}
