package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.streambench.api.json.DurationText;

import java.time.Duration;

/**
 * How events of one key are grouped. Time windows are aligned to the epoch and half-open {@code [start, end)};
 * count windows group every {@code size} events of a key in arrival order.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Window.Tumbling.class, name = "tumbling"),
        @JsonSubTypes.Type(value = Window.Sliding.class, name = "sliding"),
        @JsonSubTypes.Type(value = Window.Session.class, name = "session"),
        @JsonSubTypes.Type(value = Window.Count.class, name = "count")})
public sealed interface Window {

    static Window tumbling(Duration size) {
        return new Tumbling(size);
    }

    static Window sliding(Duration size, Duration slide) {
        return new Sliding(size, slide);
    }

    static Window session(Duration gap) {
        return new Session(gap);
    }

    static Window count(long size) {
        return new Count(size);
    }

    /** Whether the window is defined on event time (and so needs a watermark). */
    default boolean isEventTime() {
        return true;
    }

    String describe();

    record Tumbling(Duration size) implements Window {
        @JsonCreator
        public Tumbling(@JsonProperty("size") Duration size) {
            this.size = positive(size, "tumbling window size");
        }

        @Override
        public String describe() {
            return "tumbling " + DurationText.format(size);
        }
    }

    record Sliding(Duration size, Duration slide) implements Window {
        @JsonCreator
        public Sliding(@JsonProperty("size") Duration size, @JsonProperty("slide") Duration slide) {
            this.size = positive(size, "sliding window size");
            this.slide = positive(slide, "sliding window slide");
            if (slide.compareTo(size) > 0) {
                throw new IllegalArgumentException("sliding window slide (" + DurationText.format(slide)
                        + ") must not exceed its size (" + DurationText.format(size) + ")");
            }
        }

        @Override
        public String describe() {
            return "sliding " + DurationText.format(size) + " every " + DurationText.format(slide);
        }
    }

    record Session(Duration gap) implements Window {
        @JsonCreator
        public Session(@JsonProperty("gap") Duration gap) {
            this.gap = positive(gap, "session window gap");
        }

        @Override
        public String describe() {
            return "session with gap " + DurationText.format(gap);
        }
    }

    /** Windows {@code [n*size, (n+1)*size)} in the per-key arrival ordinal; only complete windows are results. */
    record Count(long size) implements Window {
        @JsonCreator
        public Count(@JsonProperty("size") long size) {
            if (size <= 0) {
                throw new IllegalArgumentException("count window size must be > 0, was " + size);
            }
            this.size = size;
        }

        @Override
        public boolean isEventTime() {
            return false;
        }

        @Override
        public String describe() {
            return "count of " + size;
        }
    }

    private static Duration positive(Duration duration, String what) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be > 0, was " + duration);
        }
        if (duration.toMillis() * 1_000_000L != duration.toNanos()) {
            throw new IllegalArgumentException(what + " must be whole milliseconds, was " + duration);
        }
        return duration;
    }
}
