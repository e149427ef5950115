package io.streambench.kafkastreams.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import org.apache.kafka.streams.kstream.KStream;

/** Writes the results of a job to one kind of sink; each written result counts for the job's first-result event. */
interface SinkTranslator<S extends Sink> {
    void translate(S sink, KStream<String, WindowResult> results, JobSpec job);
}
