package io.streambench.api.oracle;

import io.streambench.api.result.WindowResult;

import java.util.List;

/**
 * The exact final results of a pipeline over an input, sorted, with what happened to the events: read (markers not
 * counted), removed by a filter, dropped as late; and when each emission of a result became possible.
 */
public record OracleResult(List<WindowResult> results, long eventsRead, long filteredOut, long lateDropped,
                           Availability availability) {
    public OracleResult {
        results = List.copyOf(results);
    }
}
