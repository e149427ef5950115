package io.streambench.api.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.streambench.api.json.Json;

import java.util.Map;
import java.util.Objects;

/**
 * One line of a forked engine's standard output: the protocol between an engine's {@code main} and the bench. Each
 * line is one JSON object; anything else the JVM prints goes to the log file, not to stdout.
 *
 * @param event    {@code started} (job submitted), {@code first-result}, {@code counters}, {@code metrics},
 *                 {@code finished},
 *                 {@code cancelled}, {@code suspended} (a planned stop; detail: the resume point),
 *                 {@code suspend-refused} (the job goes on; detail: why), {@code failed}, {@code unsupported}
 * @param time     engine wall clock, epoch ms
 * @param detail   reason for {@code failed} / {@code unsupported}, otherwise free text or null
 * @param counters job counters, e.g. {@link JobHandle#MALFORMED_EVENTS}
 * @param sample   for {@code metrics}: the engine's own reading of the job's load
 */
public record LifecycleEvent(String event, long time, String engine, String jobId, String detail,
                             Map<String, Long> counters, EngineSample sample) {
    public static final String STARTED = "started";
    public static final String FIRST_RESULT = "first-result";
    public static final String COUNTERS = "counters";
    public static final String METRICS = "metrics";
    public static final String FINISHED = "finished";
    public static final String CANCELLED = "cancelled";
    public static final String SUSPENDED = "suspended";
    public static final String SUSPEND_REFUSED = "suspend-refused";
    public static final String FAILED = "failed";
    public static final String UNSUPPORTED = "unsupported";

    /** The line the bench writes to an engine main's standard input to ask for a planned stop. */
    public static final String SUSPEND_COMMAND = "suspend";

    /** Process exit codes of an engine main. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_UNSUPPORTED = 3;

    @JsonCreator
    public LifecycleEvent(@JsonProperty("event") String event, @JsonProperty("time") long time,
                          @JsonProperty("engine") String engine, @JsonProperty("jobId") String jobId,
                          @JsonProperty("detail") String detail, @JsonProperty("counters") Map<String, Long> counters,
                          @JsonProperty("sample") EngineSample sample) {
        this.event = Objects.requireNonNull(event, "event");
        this.time = time;
        this.engine = engine;
        this.jobId = jobId;
        this.detail = detail;
        this.counters = counters == null ? Map.of() : Map.copyOf(counters);
        this.sample = sample;
    }

    public static LifecycleEvent of(String event, String engine, String jobId, String detail, Map<String, Long> counters) {
        return new LifecycleEvent(event, System.currentTimeMillis(), engine, jobId, detail, counters, null);
    }

    public static LifecycleEvent metrics(String engine, String jobId, EngineSample sample) {
        return new LifecycleEvent(METRICS, sample.time(), engine, jobId, null, Map.of(), sample);
    }

    public String toLine() {
        return Json.toJson(this);
    }

    public static LifecycleEvent parse(String line) {
        return Json.fromJson(line, LifecycleEvent.class, "engine output");
    }
}
