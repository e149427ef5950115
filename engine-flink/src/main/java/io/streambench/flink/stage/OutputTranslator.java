package io.streambench.flink.stage;

import io.streambench.api.pipeline.Stage;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import io.streambench.flink.model.EnrichedEvent;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/** Translates one kind of output stage: events in, results out. */
interface OutputTranslator<S extends Stage> {
    SingleOutputStreamOperator<WindowResult> translate(S stage, DataStream<EnrichedEvent> input, JobSpec job);
}
