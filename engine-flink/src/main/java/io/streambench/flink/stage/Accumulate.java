package io.streambench.flink.stage;

import io.streambench.api.pipeline.Aggregate;
import io.streambench.flink.model.EnrichedEvent;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Incremental aggregation into a {@link WindowAccumulator}; merges for session windows. */
record Accumulate(Aggregate.Function function)
        implements AggregateFunction<EnrichedEvent, WindowAccumulator, WindowAccumulator> {

    @Override
    public WindowAccumulator createAccumulator() {
        return new WindowAccumulator();
    }

    @Override
    public WindowAccumulator add(EnrichedEvent enriched, WindowAccumulator accumulator) {
        accumulator.add(enriched.event(), function);
        return accumulator;
    }

    @Override
    public WindowAccumulator getResult(WindowAccumulator accumulator) {
        return accumulator;
    }

    @Override
    public WindowAccumulator merge(WindowAccumulator left, WindowAccumulator right) {
        left.merge(right);
        return left;
    }
}
