package io.streambench.api.pipeline;

import io.streambench.api.event.Action;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named pipelines every engine runs: between them every window type, every aggregate and a stateless one.
 * They read the stream {@value #CLICKS} from the earliest event and write to a Kafka topic named after themselves.
 * Allowed lateness is kept at 10 s: an engine that emits only final windows (Spark in append mode) holds each window
 * for bound + lateness, and a benchmark can measure only windows its load closes by itself. The latency pipeline,
 * {@value #LATENCY}, closes a window every half second, so that a one-minute run gives a hundred window firings to
 * take percentiles from.
 */
public final class ReadyPipelines {
    public static final String CLICKS = "clicks";
    public static final String LATENCY = "clicks-per-page-500ms";

    private static final Map<String, Pipeline> BY_NAME = index(List.of(
            Pipeline.named("clicks-per-page-tumbling")
                    .from(Source.topic(CLICKS))
                    .watermark(Duration.ofSeconds(5))
                    .filter(Filter.actionIn(Action.CLICK))
                    .keyBy(Key.PAGE)
                    .window(Window.tumbling(Duration.ofSeconds(10)))
                    .allowedLateness(Duration.ofSeconds(10))
                    .aggregate(Aggregate.count())
                    .to(Sink.kafka("clicks-per-page-tumbling")),
            Pipeline.named(LATENCY)
                    .from(Source.topic(CLICKS))
                    .watermark(Duration.ofSeconds(5))
                    .filter(Filter.actionIn(Action.CLICK))
                    .keyBy(Key.PAGE)
                    .window(Window.tumbling(Duration.ofMillis(500)))
                    .allowedLateness(Duration.ofSeconds(2))
                    .aggregate(Aggregate.count())
                    .to(Sink.kafka(LATENCY)),
            Pipeline.named("views-per-category-sliding")
                    .from(Source.topic(CLICKS))
                    .watermark(Duration.ofSeconds(5))
                    .filter(Filter.actionIn(Action.VIEW))
                    .enrich(Enrichment.pageCategory())
                    .keyBy(Key.CATEGORY)
                    .window(Window.sliding(Duration.ofSeconds(30), Duration.ofSeconds(10)))
                    .allowedLateness(Duration.ofSeconds(10))
                    .aggregate(Aggregate.distinctUsers())
                    .to(Sink.kafka("views-per-category-sliding")),
            Pipeline.named("user-sessions")
                    .from(Source.topic(CLICKS))
                    .watermark(Duration.ofSeconds(5))
                    .keyBy(Key.USER)
                    .window(Window.session(Duration.ofSeconds(10)))
                    .allowedLateness(Duration.ofSeconds(10))
                    .aggregate(Aggregate.count())
                    .to(Sink.kafka("user-sessions")),
            Pipeline.named("purchases-per-user-count")
                    .from(Source.topic(CLICKS))
                    .filter(Filter.actionIn(Action.PURCHASE))
                    .keyBy(Key.USER)
                    .window(Window.count(3))
                    .aggregate(Aggregate.sum(NumericField.AMOUNT_CENTS))
                    .to(Sink.kafka("purchases-per-user-count")),
            Pipeline.named("enriched-clicks")
                    .from(Source.topic(CLICKS))
                    .filter(Filter.actionIn(Action.CLICK))
                    .enrich(Enrichment.pageCategory())
                    .project(Key.CATEGORY)
                    .to(Sink.kafka("enriched-clicks"))));

    private ReadyPipelines() {
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    public static List<Pipeline> all() {
        return List.copyOf(BY_NAME.values());
    }

    public static Pipeline byName(String name) {
        Pipeline pipeline = BY_NAME.get(name);
        if (pipeline == null) {
            throw new IllegalArgumentException("unknown pipeline '" + name + "' (ready pipelines: "
                    + String.join(", ", BY_NAME.keySet()) + ")");
        }
        return pipeline;
    }

    private static Map<String, Pipeline> index(List<Pipeline> pipelines) {
        Map<String, Pipeline> byName = new LinkedHashMap<>();
        pipelines.forEach(pipeline -> byName.put(pipeline.name(), pipeline));
        return byName;
    }
}
