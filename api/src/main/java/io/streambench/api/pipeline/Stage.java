package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One node of a pipeline. A closed set: each engine has one translator per type. Filters and enrichments transform;
 * a pipeline ends in exactly one output stage, a windowed aggregation or a projection.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Filter.class, name = "filter"),
        @JsonSubTypes.Type(value = Enrichment.class, name = "enrich"),
        @JsonSubTypes.Type(value = WindowAggregation.class, name = "aggregate"),
        @JsonSubTypes.Type(value = Projection.class, name = "project")})
public sealed interface Stage permits Filter, Enrichment, WindowAggregation, Projection {
    /** Whether this stage produces the pipeline's results (and so must be the last one). */
    default boolean isOutput() {
        return false;
    }
}
