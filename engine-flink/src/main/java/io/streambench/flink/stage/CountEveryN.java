package io.streambench.flink.stage;

import io.streambench.api.pipeline.Aggregate;
import io.streambench.api.result.WindowResult;
import io.streambench.flink.model.EnrichedEvent;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Count windows as keyed state rather than Flink's {@code countWindow}: a result needs the window's ordinal
 * ({@code [n*size, (n+1)*size)}), which GlobalWindows do not know. Incomplete windows never emit.
 */
final class CountEveryN extends KeyedProcessFunction<String, EnrichedEvent, WindowResult> {
    private final long size;
    private final Aggregate.Function function;
    private transient ValueState<Long> seen;
    private transient ValueState<WindowAccumulator> open;

    CountEveryN(long size, Aggregate.Function function) {
        this.size = size;
        this.function = function;
    }

    @Override
    public void open(Configuration parameters) {
        seen = getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Long.class));
        open = getRuntimeContext().getState(new ValueStateDescriptor<>("open-window", WindowAccumulator.class));
    }

    @Override
    public void processElement(EnrichedEvent enriched, Context context, Collector<WindowResult> out) throws Exception {
        WindowAccumulator accumulator = open.value() == null ? new WindowAccumulator() : open.value();
        accumulator.add(enriched.event(), function);
        long count = (seen.value() == null ? 0 : seen.value()) + 1;
        seen.update(count);
        if (count % size == 0) {
            out.collect(new WindowResult(context.getCurrentKey(), count - size, count, accumulator.value(function),
                    accumulator.maxSendTime));
            open.clear();
        } else {
            open.update(accumulator);
        }
    }
}
