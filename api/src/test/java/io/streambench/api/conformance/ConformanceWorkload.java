package io.streambench.api.conformance;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;

import java.time.Duration;
import java.util.List;

/**
 * The events every engine must get exactly right: 12,000 events over 60 s of event time, 10% out of order by up to
 * 3 s (below every ready pipeline's 5 s watermark bound), 2% late by 10 minutes (far beyond any allowed lateness, so
 * that when the watermark advances cannot change which events are dropped), none late in the first 30%.
 */
public record ConformanceWorkload(GeneratorConfig config, int events) {
    public static final long SEED = 20261122L;

    public static ConformanceWorkload standard() {
        GeneratorConfig config = GeneratorConfig.defaults(SEED)
                .withPopulation(500, 200)
                .withSchedule(200, GeneratorConfig.DEFAULT_START)
                .withDisorder(0.10, Duration.ofSeconds(3), 0.02, Duration.ofMinutes(10), 3_600);
        return new ConformanceWorkload(config, 12_000);
    }

    /**
     * The standard workload with 2% tardy events, 9 to 10 s behind: behind the ready pipelines' 5 s watermark bound, so
     * that windows they belong to may have fired, and within bound plus their 10 s allowed lateness by 5 s, so that no
     * engine may drop them, however its watermark trails the oracle's.
     */
    public static ConformanceWorkload withTardyEvents() {
        ConformanceWorkload standard = standard();
        return new ConformanceWorkload(standard.config.withTardy(0.02, Duration.ofSeconds(9)), standard.events);
    }

    public List<ClickEvent> generate() {
        return ClickstreamGenerator.generate(config, events);
    }

    /** Events before this index are never late; engines get them first so that they have a watermark. */
    public int lateFreePrefix() {
        return (int) config.lateFreePrefix();
    }

    /** Event time of the watermark markers written after the workload: a day past it closes every window. */
    public long markerEventTime(List<ClickEvent> generated) {
        long last = generated.stream().mapToLong(ClickEvent::eventTime).max().orElse(config.startEpochMillis());
        return last + Duration.ofDays(1).toMillis();
    }
}
