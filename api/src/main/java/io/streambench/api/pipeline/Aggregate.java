package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a window computes, written {@code count}, {@code sum(amountCents)} or {@code distinct(user)} (exact distinct
 * users). Every aggregate also carries the largest send time of the events it covers, which latency is measured from.
 */
public record Aggregate(Function function, NumericField field) {
    public enum Function { COUNT, SUM, DISTINCT_USERS }

    private static final Pattern SUM = Pattern.compile("sum\\((\\w+)\\)");

    public Aggregate {
        Objects.requireNonNull(function, "function");
        if ((function == Function.SUM) != (field != null)) {
            throw new IllegalArgumentException("sum needs a field, count and distinct(user) none");
        }
    }

    public static Aggregate count() {
        return new Aggregate(Function.COUNT, null);
    }

    public static Aggregate sum(NumericField field) {
        return new Aggregate(Function.SUM, Objects.requireNonNull(field, "field"));
    }

    public static Aggregate distinctUsers() {
        return new Aggregate(Function.DISTINCT_USERS, null);
    }

    @JsonCreator
    public static Aggregate parse(String text) {
        if ("count".equals(text)) {
            return count();
        }
        if ("distinct(user)".equals(text)) {
            return distinctUsers();
        }
        Matcher sum = SUM.matcher(text);
        if (sum.matches()) {
            return sum(NumericField.fromWireName(sum.group(1)));
        }
        throw new IllegalArgumentException("unknown aggregate '" + text
                + "' (expected count, sum(amountCents) or distinct(user))");
    }

    @JsonValue
    @Override
    public String toString() {
        return switch (function) {
            case COUNT -> "count";
            case SUM -> "sum(" + field.wireName() + ")";
            case DISTINCT_USERS -> "distinct(user)";
        };
    }
}
