package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Where a source starts when it has no checkpoint: the earliest retained event, only events written after the start,
 * or the first event at or after a timestamp. Written as {@code earliest}, {@code latest} or an ISO-8601 instant.
 */
public record StartPosition(Kind kind, Instant timestamp) {
    public enum Kind { EARLIEST, LATEST, TIMESTAMP }

    public StartPosition {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.TIMESTAMP) != (timestamp != null)) {
            throw new IllegalArgumentException("a timestamp start position needs a timestamp, the others none");
        }
    }

    public static StartPosition earliest() {
        return new StartPosition(Kind.EARLIEST, null);
    }

    public static StartPosition latest() {
        return new StartPosition(Kind.LATEST, null);
    }

    public static StartPosition at(Instant timestamp) {
        return new StartPosition(Kind.TIMESTAMP, Objects.requireNonNull(timestamp, "timestamp"));
    }

    /** The position of {@code kind}; {@code timestamp} is taken only for {@link Kind#TIMESTAMP}. */
    public static StartPosition of(Kind kind, Instant timestamp) {
        return switch (kind) {
            case EARLIEST -> earliest();
            case LATEST -> latest();
            case TIMESTAMP -> at(timestamp);
        };
    }

    @JsonCreator
    public static StartPosition parse(String text) {
        switch (text) {
            case "earliest":
                return earliest();
            case "latest":
                return latest();
            default:
                try {
                    return at(Instant.parse(text));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("unknown start position '" + text
                            + "' (expected earliest, latest or an ISO-8601 instant such as 2026-11-22T10:00:00Z)");
                }
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return kind == Kind.TIMESTAMP ? timestamp.toString() : kind.name().toLowerCase();
    }
}
