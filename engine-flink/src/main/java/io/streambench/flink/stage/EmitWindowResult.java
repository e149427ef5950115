package io.streambench.flink.stage;

import io.streambench.api.pipeline.Aggregate;
import io.streambench.api.result.WindowResult;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Turns a fired window's accumulator into a result with the window's bounds. */
final class EmitWindowResult extends ProcessWindowFunction<WindowAccumulator, WindowResult, String, TimeWindow> {
    private final Aggregate.Function function;

    EmitWindowResult(Aggregate.Function function) {
        this.function = function;
    }

    @Override
    public void process(String key, Context context, Iterable<WindowAccumulator> accumulators, Collector<WindowResult> out) {
        WindowAccumulator accumulator = accumulators.iterator().next();
        TimeWindow window = context.window();
        out.collect(new WindowResult(key, window.getStart(), window.getEnd(), accumulator.value(function),
                accumulator.maxSendTime));
    }
}
