package io.streambench.api.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Fluent construction with narrow return types: after {@code keyBy} only a window can follow, after {@code window}
 * only lateness or an aggregate, after the output stage only the sink.
 */
public final class PipelineBuilder {
    private final String name;
    private final Source source;
    private final List<Stage> stages = new ArrayList<>();
    private Watermark watermark;

    private PipelineBuilder(String name, Source source) {
        this.name = name;
        this.source = source;
    }

    public PipelineBuilder watermark(Duration maxOutOfOrderness) {
        return watermark(Watermark.boundedOutOfOrderness(maxOutOfOrderness));
    }

    public PipelineBuilder watermark(Watermark value) {
        this.watermark = value;
        return this;
    }

    public PipelineBuilder filter(Filter filter) {
        stages.add(filter);
        return this;
    }

    public PipelineBuilder enrich(Enrichment enrichment) {
        stages.add(enrichment);
        return this;
    }

    public Keyed keyBy(Key key) {
        return new Keyed(key);
    }

    /** A stateless output: one result per event, labelled by {@code key}. */
    public Output project(Key key) {
        stages.add(new Projection(key));
        return new Output();
    }

    public static final class Named {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        public PipelineBuilder from(Source source) {
            return new PipelineBuilder(name, source);
        }
    }

    public final class Keyed {
        private final Key key;

        private Keyed(Key key) {
            this.key = key;
        }

        public Windowed window(Window window) {
            return new Windowed(key, window);
        }
    }

    public final class Windowed {
        private final Key key;
        private final Window window;
        private Duration allowedLateness = Duration.ZERO;

        private Windowed(Key key, Window window) {
            this.key = key;
            this.window = window;
        }

        public Windowed allowedLateness(Duration lateness) {
            this.allowedLateness = lateness;
            return this;
        }

        public Output aggregate(Aggregate function) {
            stages.add(new WindowAggregation(key, window, function, allowedLateness));
            return new Output();
        }
    }

    public final class Output {
        private Output() {
        }

        public Pipeline to(Sink sink) {
            return new Pipeline(name, source, watermark, stages, sink);
        }
    }
}
