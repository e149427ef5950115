package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pipeline is data, not lambdas: source, optional watermark, stages ending in one output stage, sink. It crosses
 * into forked engine JVMs as JSON, is written by hand in YAML, and is translated by every engine.
 */
public record Pipeline(String name, Source source, Watermark watermark, List<Stage> stages, Sink sink) {

    @JsonCreator
    public Pipeline(@JsonProperty("name") String name, @JsonProperty("source") Source source,
                    @JsonProperty("watermark") Watermark watermark, @JsonProperty("stages") List<Stage> stages,
                    @JsonProperty("sink") Sink sink) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("pipeline name must be lower-case letters, digits and dashes, was '" + name + "'");
        }
        this.name = name;
        this.source = Objects.requireNonNull(source, "pipeline '" + name + "' needs a source");
        this.watermark = watermark;
        this.stages = List.copyOf(Objects.requireNonNull(stages, "pipeline '" + name + "' needs stages"));
        this.sink = Objects.requireNonNull(sink, "pipeline '" + name + "' needs a sink");
        validateStages();
    }

    public static PipelineBuilder.Named named(String name) {
        return new PipelineBuilder.Named(name);
    }

    /** The last stage, which produces the results. */
    @JsonIgnore
    public Stage output() {
        return stages.get(stages.size() - 1);
    }

    @JsonIgnore
    public Optional<WindowAggregation> windowAggregation() {
        return output() instanceof WindowAggregation aggregation ? Optional.of(aggregation) : Optional.empty();
    }

    /** Whether the output is a tumbling, sliding or session window, whose results wait for the watermark. */
    @JsonIgnore
    public boolean hasEventTimeWindow() {
        return windowAggregation().map(aggregation -> aggregation.window().isEventTime()).orElse(false);
    }

    /** Stateless pipelines (filter / enrich / project) keep no state between events. */
    @JsonIgnore
    public boolean isStateless() {
        return output() instanceof Projection;
    }

    @JsonIgnore
    public Key outputKey() {
        return output() instanceof WindowAggregation aggregation ? aggregation.key() : ((Projection) output()).key();
    }

    public Pipeline withSink(Sink newSink) {
        return new Pipeline(name, source, watermark, stages, newSink);
    }

    public Pipeline withSource(Source newSource) {
        return new Pipeline(name, newSource, watermark, stages, sink);
    }

    private void validateStages() {
        if (stages.isEmpty() || !output().isOutput()) {
            throw new IllegalArgumentException("pipeline '" + name + "' must end in an aggregate or project stage");
        }
        boolean enriched = false;
        for (Stage stage : stages.subList(0, stages.size() - 1)) {
            if (stage.isOutput()) {
                throw new IllegalArgumentException("pipeline '" + name + "' has more than one output stage; "
                        + "only the last stage may aggregate or project");
            }
            enriched |= stage instanceof Enrichment;
        }
        if (outputKey() == Key.CATEGORY && !enriched) {
            throw new IllegalArgumentException("pipeline '" + name + "' keys by category, which needs an "
                    + "'enrich: {table: page-category}' stage before it");
        }
        windowAggregation().filter(aggregation -> aggregation.window().isEventTime() && watermark == null)
                .ifPresent(aggregation -> {
                    throw new IllegalArgumentException("pipeline '" + name + "' has a " + aggregation.window().describe()
                            + " window, which needs a watermark (e.g. 'watermark: {maxOutOfOrderness: 5s}')");
                });
    }
}
