package io.streambench.bench.load;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.streambench.api.json.Json;
import io.streambench.api.load.ArrivalDelays;
import io.streambench.api.load.LoadReport;

import java.time.Duration;

/**
 * What the loader process says on its standard output, one JSON object a line: {@code ready} once its writer is
 * open, {@code progress} every quarter second while it loads, then {@code finished} or {@code failed}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
        @JsonSubTypes.Type(value = LoaderLine.Ready.class, name = "ready"),
        @JsonSubTypes.Type(value = LoaderLine.Progress.class, name = "progress"),
        @JsonSubTypes.Type(value = LoaderLine.Finished.class, name = "finished"),
        @JsonSubTypes.Type(value = LoaderLine.Failed.class, name = "failed")})
public sealed interface LoaderLine {

    static LoaderLine parse(String line) {
        return Json.fromJson(line, LoaderLine.class, "loader output");
    }

    default String toJson() {
        return Json.toJson(this);
    }

    /** The writer is open: the loader waits for its plan. */
    record Ready() implements LoaderLine {
    }

    /** Events and end-of-input markers handed to the writer so far. */
    record Progress(long events, int markers) implements LoaderLine {
    }

    /**
     * Everything was sent and acknowledged. {@code offeredRate} is null for a backlog load, which has no schedule.
     */
    record Finished(long events, long elapsedNanos, Double offeredRate, long behindScheduleMillis, int markers,
                    ArrivalDelays arrivalDelays) implements LoaderLine {

        static Finished of(LoadReport report, int markers, ArrivalDelays arrivalDelays) {
            return new Finished(report.events(), report.elapsed().toNanos(),
                    Double.isNaN(report.offeredRate()) ? null : report.offeredRate(), report.behindScheduleMillis(),
                    markers, arrivalDelays);
        }

        public LoadReport report() {
            return new LoadReport(events, Duration.ofNanos(elapsedNanos), offeredRate == null ? Double.NaN : offeredRate,
                    behindScheduleMillis);
        }

        /** Events and markers: what a reader of the stream gets. */
        public long messages() {
            return events + markers;
        }
    }

    record Failed(String reason) implements LoaderLine {
    }
}
