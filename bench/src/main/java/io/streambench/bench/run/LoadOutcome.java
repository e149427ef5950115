package io.streambench.bench.run;

import io.streambench.api.load.ArrivalDelays;
import io.streambench.api.load.LoadReport;
import io.streambench.bench.results.CellResult;

/**
 * What a finished load reports: its figures, how late each event reached the broker, how many messages a reader of
 * the stream gets (events and end-of-input markers), and the loader's own process and cost.
 */
record LoadOutcome(LoadReport report, ArrivalDelays arrivalDelays, long messages, CellResult.Loader loader) {
}
