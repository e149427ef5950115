package io.streambench.spark.stage;

import io.streambench.api.pipeline.Aggregate;
import io.streambench.spark.ResultColumns;
import io.streambench.api.result.WindowResult;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * A key's progress through its count windows: events seen so far and the open window's running value. Public only
 * because Spark's Java-serialization encoder of the state requires it.
 */
public final class CountWindowState implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Aggregate.Function function;
    private long seen;
    private long count;
    private long sum;
    private final Set<String> users = new HashSet<>();
    private long maxSendTime = Long.MIN_VALUE;

    CountWindowState(Aggregate.Function function) {
        this.function = function;
    }

    long seen() {
        return seen;
    }

    void add(long amountCents, String user, long sendTime) {
        seen++;
        count++;
        switch (function) {
            case SUM -> sum += amountCents;
            case DISTINCT_USERS -> users.add(user);
            case COUNT -> { }
        }
        maxSendTime = Math.max(maxSendTime, sendTime);
    }

    /** The result of the window just completed; the next window starts empty. */
    Row close(String key, long size) {
        long value = switch (function) {
            case COUNT -> count;
            case SUM -> sum;
            case DISTINCT_USERS -> users.size();
        };
        Row result = ResultColumns.toRow(new WindowResult(key, seen - size, seen, value, maxSendTime));
        count = 0;
        sum = 0;
        users.clear();
        maxSendTime = Long.MIN_VALUE;
        return result;
    }
}
