package io.streambench.flink.stage;

import io.streambench.api.pipeline.Projection;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import io.streambench.flink.model.EnrichedEvent;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/** Stateless output: one result per event, built by the model's rule. */
final class ProjectionTranslator implements OutputTranslator<Projection> {
    @Override
    public SingleOutputStreamOperator<WindowResult> translate(Projection projection, DataStream<EnrichedEvent> input, JobSpec job) {
        KeyOf key = new KeyOf(projection.key());
        return input.map(enriched -> Projection.resultFor(key.getKey(enriched), enriched.event()))
                .returns(WindowResult.class)
                .name("project by " + projection.key().wireName()).setParallelism(input.getParallelism());
    }
}
