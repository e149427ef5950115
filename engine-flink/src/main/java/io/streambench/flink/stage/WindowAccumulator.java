package io.streambench.flink.stage;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.pipeline.Aggregate;

import java.util.HashSet;

/** Mutable running value of one window (a Flink POJO: public fields, no-argument constructor). */
public final class WindowAccumulator {
    public long count;
    public long sum;
    public long maxSendTime = Long.MIN_VALUE;
    public HashSet<String> users = new HashSet<>();

    void add(ClickEvent event, Aggregate.Function function) {
        count++;
        if (function == Aggregate.Function.SUM) {
            sum += event.amountCents();
        } else if (function == Aggregate.Function.DISTINCT_USERS) {
            users.add(event.user());
        }
        maxSendTime = Math.max(maxSendTime, event.sendTime());
    }

    void merge(WindowAccumulator other) {
        count += other.count;
        sum += other.sum;
        users.addAll(other.users);
        maxSendTime = Math.max(maxSendTime, other.maxSendTime);
    }

    long value(Aggregate.Function function) {
        return switch (function) {
            case COUNT -> count;
            case SUM -> sum;
            case DISTINCT_USERS -> users.size();
        };
    }
}
