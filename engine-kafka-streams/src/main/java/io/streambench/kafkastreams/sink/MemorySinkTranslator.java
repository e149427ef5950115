package io.streambench.kafkastreams.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.EmissionCounter;
import io.streambench.api.result.InMemoryResults;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/** Results into {@link InMemoryResults} of this JVM: for the conformance suite, which runs the engine in its own JVM. */
final class MemorySinkTranslator implements SinkTranslator<Sink.Memory> {
    @Override
    public void translate(Sink.Memory sink, KStream<String, WindowResult> results, JobSpec job) {
        String name = sink.name();
        String jobId = job.jobId();
        results.foreach((key, result) -> {
            InMemoryResults.append(name, result, System.currentTimeMillis());
            EmissionCounter.add(jobId, 1);
        }, Named.as(SinkTranslators.RESULTS));
    }
}
