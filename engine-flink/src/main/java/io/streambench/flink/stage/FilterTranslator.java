package io.streambench.flink.stage;

import io.streambench.api.event.Action;
import io.streambench.api.pipeline.Filter;
import io.streambench.api.run.JobSpec;
import io.streambench.flink.model.EnrichedEvent;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

import java.util.EnumSet;

final class FilterTranslator implements TransformTranslator<Filter> {
    @Override
    public SingleOutputStreamOperator<EnrichedEvent> translate(Filter filter, DataStream<EnrichedEvent> input, JobSpec job) {
        EnumSet<Action> kept = EnumSet.copyOf(filter.actionIn());
        return input.filter(enriched -> kept.contains(enriched.event().action()))
                .name("filter " + filter.actionIn()).setParallelism(input.getParallelism());
    }
}
