package io.streambench.spark.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.InMemoryResults;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Results into {@link InMemoryResults} of this JVM (meaningful in local mode only). A partition of an epoch that was
 * written completely is not written again when Spark replays the epoch.
 */
final class MemorySinkTranslator implements SinkTranslator<Sink.Memory> {
    private static final Set<String> COMPLETED = ConcurrentHashMap.newKeySet();

    @Override
    public ResultOutput outputFor(Sink.Memory sink, JobSpec job) {
        return new ResultOutput.Rows(new MemoryWriter(job.jobId(), SinkTranslators.eachAtOnce(job), sink.name()));
    }

    private static final class MemoryWriter extends ResultWriter {
        private final String name;

        MemoryWriter(String jobId, boolean eachAtOnce, String name) {
            super(jobId, eachAtOnce);
            this.name = name;
        }

        @Override
        public boolean open(long partitionId, long epochId) {
            super.open(partitionId, epochId);
            return !COMPLETED.contains(name + "/" + partitionId + "/" + epochId);
        }

        @Override
        protected void write(List<WindowResult> results, long partition, long epoch, long emitTime) {
            results.forEach(result -> InMemoryResults.append(name, result, emitTime));
        }

        @Override
        protected void completed(long partition, long epoch) {
            COMPLETED.add(name + "/" + partition + "/" + epoch);
        }
    }
}
