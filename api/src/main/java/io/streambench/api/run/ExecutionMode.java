package io.streambench.api.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.streambench.api.json.DurationText;

import java.time.Duration;
import java.util.Objects;

/**
 * Where on the batch-to-streaming continuum a run sits: {@code batch} (bounded: what is in the broker at start),
 * {@code available-now} (drain what is there, then stop), {@code microbatch:<interval>}, {@code continuous}.
 */
public record ExecutionMode(Kind kind, Duration triggerInterval) {

    public enum Kind {
        BATCH("batch", true),
        AVAILABLE_NOW("available-now", true),
        MICROBATCH("microbatch", false),
        CONTINUOUS("continuous", false);

        private final String wireName;
        private final boolean bounded;

        Kind(String wireName, boolean bounded) {
            this.wireName = wireName;
            this.bounded = bounded;
        }

        public String wireName() {
            return wireName;
        }

        /** Bounded modes read what is in the broker when they start and then finish on their own. */
        public boolean isBounded() {
            return bounded;
        }
    }

    public ExecutionMode {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.MICROBATCH) != (triggerInterval != null)) {
            throw new IllegalArgumentException("microbatch mode needs a trigger interval, the other modes none");
        }
        if (triggerInterval != null && (triggerInterval.isNegative() || triggerInterval.isZero())) {
            throw new IllegalArgumentException("microbatch trigger interval must be > 0");
        }
    }

    public static ExecutionMode batch() {
        return new ExecutionMode(Kind.BATCH, null);
    }

    public static ExecutionMode availableNow() {
        return new ExecutionMode(Kind.AVAILABLE_NOW, null);
    }

    public static ExecutionMode microbatch(Duration interval) {
        return new ExecutionMode(Kind.MICROBATCH, interval);
    }

    public static ExecutionMode continuous() {
        return new ExecutionMode(Kind.CONTINUOUS, null);
    }

    @JsonCreator
    public static ExecutionMode parse(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("microbatch:")) {
            return microbatch(DurationText.parse(trimmed.substring("microbatch:".length())));
        }
        for (Kind kind : Kind.values()) {
            if (kind != Kind.MICROBATCH && kind.wireName.equals(trimmed)) {
                return new ExecutionMode(kind, null);
            }
        }
        throw new IllegalArgumentException("unknown execution mode '" + text
                + "' (expected batch, available-now, microbatch:<interval> such as microbatch:10s, or continuous)");
    }

    public boolean isBounded() {
        return kind.isBounded();
    }

    @JsonValue
    @Override
    public String toString() {
        return kind == Kind.MICROBATCH ? "microbatch:" + DurationText.format(triggerInterval) : kind.wireName;
    }
}
