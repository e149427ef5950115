package io.streambench.spark.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.run.JobSpec;

/** Writes results to one kind of sink: prepares it on the driver (table, topic) and gives the query's output. */
interface SinkTranslator<S extends Sink> {
    ResultOutput outputFor(S sink, JobSpec job);
}
