package io.streambench.api.conformance;

import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.run.ExecutionMode;

/** One pipeline in one mode; JUnit shows it as its display name. */
public record ConformanceCase(Pipeline pipeline, ExecutionMode mode) {
    @Override
    public String toString() {
        return pipeline.name() + " in " + mode + " mode";
    }
}
