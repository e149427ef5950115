package io.streambench.flink.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import org.apache.flink.streaming.api.datastream.DataStream;

/** Writes results to one kind of sink. */
interface SinkTranslator<S extends Sink> {
    void translate(S sink, DataStream<WindowResult> results, JobSpec job);
}
