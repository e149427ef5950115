package io.streambench.api.oracle;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.WindowResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares what a sink holds with the oracle. A sink may hold several emissions per result (early firings, late
 * updates, replays after a restart); the last one emitted is the final result.
 */
public final class ResultComparison {
    private static final int SHOWN_DIFFERENCES = 5;

    private ResultComparison() {
    }

    /** {@code observed} in the order the results were emitted. */
    public static ComparisonReport compare(List<WindowResult> expected, List<ObservedResult> observed) {
        return compareFinal(expected, observed.stream().map(ObservedResult::result).toList());
    }

    /** {@code emitted} in emission order. */
    public static ComparisonReport compareFinal(List<WindowResult> expected, List<WindowResult> emitted) {
        Map<WindowResult.Identity, WindowResult> finalByIdentity = new LinkedHashMap<>();
        Map<WindowResult, Integer> timesEmitted = new HashMap<>();
        long duplicated = 0;
        for (WindowResult result : emitted) {
            finalByIdentity.put(result.identity(), result);
            if (timesEmitted.merge(result, 1, Integer::sum) > 1) {
                duplicated++;
            }
        }
        List<String> differences = new ArrayList<>();
        long matched = 0;
        long missing = 0;
        long wrong = 0;
        for (WindowResult want : expected) {
            WindowResult got = finalByIdentity.remove(want.identity());
            if (got == null) {
                missing++;
                note(differences, "missing " + want.identity() + " = " + want.value());
            } else if (got.value() != want.value() || got.maxSendTime() != want.maxSendTime()) {
                wrong++;
                note(differences, "wrong " + want.identity() + ": " + describe(got) + ", expected " + describe(want));
            } else {
                matched++;
            }
        }
        for (WindowResult unexpected : finalByIdentity.values()) {
            note(differences, "extra " + unexpected.identity() + " = " + unexpected.value());
        }
        return new ComparisonReport(expected.size(), matched, missing, finalByIdentity.size(), wrong, duplicated,
                differences);
    }

    private static String describe(WindowResult result) {
        return "value " + result.value() + " maxSendTime " + result.maxSendTime();
    }

    private static void note(List<String> differences, String difference) {
        if (differences.size() < SHOWN_DIFFERENCES) {
            differences.add(difference);
        }
    }
}
