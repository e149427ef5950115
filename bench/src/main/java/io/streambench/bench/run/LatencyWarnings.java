package io.streambench.bench.run;

import io.streambench.api.measure.ClockOffset;
import io.streambench.bench.results.CellResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a reader must know before trusting a cell's latency, in sentences for the console and the reports. */
final class LatencyWarnings {
    private LatencyWarnings() {
    }

    static List<String> of(CellResult.Latency latency, CellResult.Harness harness, List<ClockOffset> clocks) {
        List<String> warnings = new ArrayList<>();
        if (!latency.measured()) {
            warnings.add("no emission was measured: no window the load closed by itself started after the warm-up; "
                    + "load longer");
        } else if (!latency.enoughFirings()) {
            warnings.add(String.format(Locale.ROOT, "the latency percentiles come from %d window firings, fewer than "
                            + "%d: load longer, or use the latency pipeline with half-second windows",
                    latency.firings(), CellResult.Latency.ENOUGH_FIRINGS));
        }
        if (latency.engineAdded().negative() > 0) {
            warnings.add(String.format(Locale.ROOT, "%d emissions were visible before they were possible (down to "
                            + "%.0f ms): a clock that stamps visible times is behind this one (%s)",
                    latency.engineAdded().negative(), latency.engineAdded().min(), describe(clocks)));
        }
        if (harness.arrivalDelay().count() == 0) {
            warnings.add("the delay from intended send time to the broker was not measured (" + harness.measuredBy()
                    + "): the harness's share of the latency is unknown");
        } else if (!harness.withinBudget()) {
            warnings.add(String.format(Locale.ROOT, "the load reached the broker %.0f ms (p99) after its intended "
                            + "send times, beyond the harness's budget of %.0f ms: the engine-added latency includes "
                            + "that delay", harness.arrivalDelay().p99(), harness.budgetP99Millis()));
        }
        return warnings;
    }

    private static String describe(List<ClockOffset> clocks) {
        if (clocks.isEmpty()) {
            return "no clock offset measured";
        }
        return clocks.stream().map(clock -> String.format(Locale.ROOT, "%s %+.1f ms ± %.1f", clock.clock(),
                clock.offsetMillis(), clock.roundTripMillis() / 2)).collect(Collectors.joining(", "));
    }
}
