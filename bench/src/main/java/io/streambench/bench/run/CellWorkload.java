package io.streambench.bench.run;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.event.SendSchedule;
import io.streambench.bench.load.LoadPlan;
import io.streambench.bench.matrix.CellSettings;

import java.time.Duration;
import java.util.Iterator;

/**
 * The events of one cell: the generator's stream from the cell's seed, sent on a schedule that starts at
 * {@code startEpochMillis}. Out-of-order events stay within 3 s; no event is late by default — when an engine's
 * watermark forms relative to a late event's arrival depends on timing a timed benchmark cannot control without
 * distorting its load (the conformance suite, which controls it, checks late events).
 */
record CellWorkload(GeneratorConfig config, long events) {
    static final Duration DEFAULT_DURATION = Duration.ofSeconds(30);
    static final double DEFAULT_RATE = 1_000;

    static CellWorkload of(CellSettings cell, long startEpochMillis) {
        double rate = cell.rate() == null ? DEFAULT_RATE : cell.rate();
        long events = cell.events() != null ? cell.events()
                : Math.round(rate * (cell.duration() == null ? DEFAULT_DURATION : cell.duration()).toMillis() / 1000.0);
        GeneratorConfig config = GeneratorConfig.defaults(cell.seed() == null ? 42 : cell.seed())
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
