package io.streambench.bench.run;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.event.SendSchedule;
import io.streambench.bench.load.LoadPlan;
import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.matrix.ResolvedCell;

import java.time.Duration;
import java.util.Iterator;

/**
 * The events of one cell: the generator's stream from the cell's seed, sent on a schedule that starts at
 * {@code startEpochMillis}. Out-of-order events stay within 3 s; no event is late by default — when an engine's
 * watermark forms relative to a late event's arrival depends on timing a timed benchmark cannot control without
 * distorting its load (the conformance suite, which controls it, checks late events).
 */
record CellWorkload(GeneratorConfig config, long events) {
    /**
     * The least backlog a bounded cell drains unless its events are given: enough that the drain rate measures
     * reading and processing, not the first and last second of a job.
     */
    static final long DEFAULT_DRAIN_EVENTS = 1_000_000;

    static CellWorkload of(CellSettings cell, long startEpochMillis) {
        ResolvedCell resolved = cell.resolved();
        double rate = resolved.rate();
        long scheduled = Math.round(rate * resolved.duration().toMillis() / 1000.0);
        long events = cell.events() != null ? cell.events()
                : cell.mode() != null && cell.mode().isBounded() ? Math.max(DEFAULT_DRAIN_EVENTS, scheduled) : scheduled;
        GeneratorConfig config = GeneratorConfig.defaults(resolved.seed())
                .withSchedule(rate, startEpochMillis)
                .withDisorder(0.10, Duration.ofSeconds(3), 0, Duration.ZERO, 0);
        return new CellWorkload(config, events);
    }

    /** The same events again, for the oracle: nothing is kept in memory. */
    Iterable<ClickEvent> replay() {
        return () -> new Iterator<>() {
            private final ClickstreamGenerator generator = new ClickstreamGenerator(config);
            private long produced;

            @Override
            public boolean hasNext() {
                return produced < events;
            }

            @Override
            public ClickEvent next() {
                produced++;
                return generator.next();
            }
        };
    }

    /** When the schedule sends its last event (epoch ms). */
    long scheduleEnd() {
        return config.startEpochMillis() + Math.round(events * 1000.0 / config.rate());
    }

    /** The whole workload as fast as the broker takes it: a backlog for a bounded job. */
    LoadPlan backlog(Duration timeout) {
        return new LoadPlan(config, events, null, markerEventTime(), timeout);
    }

    /** The workload on its open-loop schedule, which starts at the workload's start. */
    LoadPlan paced(Duration timeout) {
        return new LoadPlan(config, events, new SendSchedule(config.startEpochMillis(), config.rate()),
                markerEventTime(), timeout);
    }

    /** An event time past every window of the load: what the end-of-input markers carry. */
    long markerEventTime() {
        return config.startEpochMillis() + Math.round(events * 1000.0 / config.rate()) + Duration.ofDays(1).toMillis();
    }

    double rate() {
        return config.rate();
    }
}
