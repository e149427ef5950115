package io.streambench.spark.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.run.JobSpec;
import io.streambench.sinks.IcebergResultTable;

/** MERGE INTO the run's Iceberg table, per micro-batch and for a batch query at once ({@link MergeIntoTable}). */
final class IcebergSinkTranslator implements SinkTranslator<Sink.Iceberg> {
    @Override
    public ResultOutput outputFor(Sink.Iceberg sink, JobSpec job) {
        IcebergResultTable.ensure(sink);
        return new ResultOutput.Batches(new MergeIntoTable(job.jobId(), sink));
    }
}
