package io.streambench.api.oracle;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.pipeline.Aggregate;

import java.util.HashSet;
import java.util.Set;

/** The running value of one window: count, sum or exact distinct users, and the largest send time. */
final class Accumulator {
    private final Aggregate aggregate;
    private final Set<String> users;
    private long count;
    private long sum;
    private long maxSendTime = Long.MIN_VALUE;

    Accumulator(Aggregate aggregate) {
        this.aggregate = aggregate;
        this.users = aggregate.function() == Aggregate.Function.DISTINCT_USERS ? new HashSet<>() : null;
    }

    void add(ClickEvent event) {
        count++;
        if (aggregate.function() == Aggregate.Function.SUM) {
            sum += aggregate.field().valueOf(event);
        } else if (users != null) {
            users.add(event.user());
        }
        maxSendTime = Math.max(maxSendTime, event.sendTime());
    }

    void merge(Accumulator other) {
        count += other.count;
        sum += other.sum;
        if (users != null) {
            users.addAll(other.users);
        }
        maxSendTime = Math.max(maxSendTime, other.maxSendTime);
    }

    long value() {
        return switch (aggregate.function()) {
            case COUNT -> count;
            case SUM -> sum;
            case DISTINCT_USERS -> users.size();
        };
    }

    long maxSendTime() {
        return maxSendTime;
    }
}
