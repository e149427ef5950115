package io.streambench.flink.stage;

import io.streambench.api.engine.JobHandle;
import io.streambench.flink.model.EnrichedEvent;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/** Counts the events a window dropped as late (its late-data side output); emits nothing. */
final class CountLateEvents extends ProcessFunction<EnrichedEvent, Void> {
    private transient LongCounter late;

    @Override
    public void open(Configuration parameters) {
        late = getRuntimeContext().getLongCounter(JobHandle.LATE_EVENTS);
    }

    @Override
    public void processElement(EnrichedEvent event, Context context, Collector<Void> out) {
        late.add(1);
    }
}
