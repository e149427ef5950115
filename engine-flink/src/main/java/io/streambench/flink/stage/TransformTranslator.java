package io.streambench.flink.stage;

import io.streambench.api.pipeline.Stage;
import io.streambench.api.run.JobSpec;
import io.streambench.flink.model.EnrichedEvent;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/** Translates one kind of event-to-event stage. */
interface TransformTranslator<S extends Stage> {
    SingleOutputStreamOperator<EnrichedEvent> translate(S stage, DataStream<EnrichedEvent> input, JobSpec job);
}
