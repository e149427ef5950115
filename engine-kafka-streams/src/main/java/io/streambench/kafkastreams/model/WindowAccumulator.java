package io.streambench.kafkastreams.model;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.pipeline.Aggregate;

import java.util.HashSet;
import java.util.Set;

/**
 * The running value of one window: count, sum, the distinct users and the largest send time. Mutable: Kafka Streams
 * hands the aggregator a copy it has just read from the store (the record cache is off), so updating it in place is
 * safe and spares a copy of the user set per event.
 */
public final class WindowAccumulator {
    private long count;
    private long sum;
    private long maxSendTime = Long.MIN_VALUE;
    private final Set<String> users;

    WindowAccumulator(long count, long sum, long maxSendTime, Set<String> users) {
        this.count = count;
        this.sum = sum;
        this.maxSendTime = maxSendTime;
        this.users = users;
    }

    public static WindowAccumulator empty() {
        return new WindowAccumulator(0, 0, Long.MIN_VALUE, new HashSet<>());
    }

    /** Adds an event; only distinct-user aggregates keep users. */
    public WindowAccumulator add(ClickEvent event, Aggregate aggregate) {
        count++;
        if (aggregate.function() == Aggregate.Function.SUM) {
            sum += aggregate.field().valueOf(event);
        } else if (aggregate.function() == Aggregate.Function.DISTINCT_USERS) {
            users.add(event.user());
        }
        maxSendTime = Math.max(maxSendTime, event.sendTime());
        return this;
    }

    /** Two sessions that an event joined into one. */
    public WindowAccumulator merge(WindowAccumulator other) {
        count += other.count;
        sum += other.sum;
        users.addAll(other.users);
        maxSendTime = Math.max(maxSendTime, other.maxSendTime);
        return this;
    }

    public long value(Aggregate aggregate) {
        return switch (aggregate.function()) {
            case COUNT -> count;
            case SUM -> sum;
            case DISTINCT_USERS -> users.size();
        };
    }

    public long maxSendTime() {
        return maxSendTime;
    }

    /** How many events the window holds. */
    public long events() {
        return count;
    }

    long sum() {
        return sum;
    }

    Set<String> users() {
        return users;
    }
}
