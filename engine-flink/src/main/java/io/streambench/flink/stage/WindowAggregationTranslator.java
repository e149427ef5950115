package io.streambench.flink.stage;

import io.streambench.api.pipeline.Window;
import io.streambench.api.pipeline.WindowAggregation;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.Emission;
import io.streambench.api.run.JobSpec;
import io.streambench.flink.model.EnrichedEvent;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.datastream.WindowedStream;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.windowing.assigners.EventTimeSessionWindows;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.WindowAssigner;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.OutputTag;

/**
 * keyBy (the keyed exchange repartitions to the job's parallelism), then an event-time window with allowed lateness
 * whose late events are counted, or a count window kept in keyed state. An event-time window fires as the job's
 * emission says: Flink's own trigger for {@code on-watermark}, a {@link FinalEmissionTrigger} for {@code final}.
 */
final class WindowAggregationTranslator implements OutputTranslator<WindowAggregation> {
    private static final OutputTag<EnrichedEvent> LATE = new OutputTag<>("late-events") {
    };

    @Override
    public SingleOutputStreamOperator<WindowResult> translate(WindowAggregation aggregation, DataStream<EnrichedEvent> input, JobSpec job) {
        KeyedStream<EnrichedEvent, String> keyed = input.keyBy(new KeyOf(aggregation.key()));
        String name = aggregation.function() + " per " + aggregation.key().wireName() + ", "
                + aggregation.window().describe();
        if (aggregation.window() instanceof Window.Count count) {
            return keyed.process(new CountEveryN(count.size(), aggregation.function().function())).name(name);
        }
        WindowedStream<EnrichedEvent, String, TimeWindow> windowed = keyed.window(assigner(aggregation.window()))
                .allowedLateness(aggregation.allowedLateness())
                .sideOutputLateData(LATE);
        if (Emission.resolve(job, StageTranslators.DEFAULT_EMISSION) == Emission.FINAL) {
            windowed = windowed.trigger(new FinalEmissionTrigger(aggregation.allowedLateness()));
        }
        SingleOutputStreamOperator<WindowResult> results = windowed
                .aggregate(new Accumulate(aggregation.function().function()),
                        new EmitWindowResult(aggregation.function().function()))
                .name(name);
        results.getSideOutput(LATE).process(new CountLateEvents()).name("count late events").uid("late-events-count")
                .sinkTo(new DiscardingSink<>()).name("drop late events").uid("late-events-drop");
        return results;
    }

    private static WindowAssigner<Object, TimeWindow> assigner(Window window) {
        if (window instanceof Window.Tumbling tumbling) {
            return TumblingEventTimeWindows.of(tumbling.size());
        }
        if (window instanceof Window.Sliding sliding) {
            return SlidingEventTimeWindows.of(sliding.size(), sliding.slide());
        }
        return EventTimeSessionWindows.withGap(((Window.Session) window).gap());
    }
}
