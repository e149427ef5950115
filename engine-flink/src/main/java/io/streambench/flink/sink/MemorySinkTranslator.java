package io.streambench.flink.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.EmissionCounter;
import io.streambench.api.result.InMemoryResults;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.streaming.api.datastream.DataStream;

/** Results into {@link InMemoryResults} of this JVM: only meaningful when the job runs in a local MiniCluster. */
final class MemorySinkTranslator implements SinkTranslator<Sink.Memory> {
    @Override
    public void translate(Sink.Memory sink, DataStream<WindowResult> results, JobSpec job) {
        results.sinkTo(new MemorySink(sink.name(), job.jobId())).name(sink.describe()).uid(SinkTranslators.RESULTS_UID);
    }

    private record MemorySink(String name, String jobId) implements org.apache.flink.api.connector.sink2.Sink<WindowResult> {
        @Override
        @SuppressWarnings("deprecation")
        public SinkWriter<WindowResult> createWriter(InitContext context) {
            return writer();
        }

        @Override
        public SinkWriter<WindowResult> createWriter(WriterInitContext context) {
            return writer();
        }

        private SinkWriter<WindowResult> writer() {
            return new SinkWriter<>() {
                @Override
                public void write(WindowResult result, Context context) {
                    InMemoryResults.append(name, result, System.currentTimeMillis());
                    EmissionCounter.add(jobId, 1);
                }

                @Override
                public void flush(boolean endOfInput) {
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
