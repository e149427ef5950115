package io.streambench.flink.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.EmissionCounter;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import io.streambench.sinks.ResultFiles;
import org.apache.flink.api.common.serialization.Encoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;

import java.io.OutputStream;
import java.nio.file.Paths;

/**
 * FileSink writing JSON lines into {@code date=.../hour=...} partitions of the window start. Part files stay hidden
 * while in progress and are committed on checkpoints (at the end of input in batch mode): exactly-once.
 */
final class FilesSinkTranslator implements SinkTranslator<Sink.Files> {
    @Override
    public void translate(Sink.Files sink, DataStream<WindowResult> results, JobSpec job) {
        FileSink<WindowResult> files = FileSink
                .forRowFormat(new Path(Paths.get(sink.directory()).toAbsolutePath().toUri()), new JsonLines(job.jobId()))
                .withBucketAssigner(new WindowHourBuckets())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".jsonl").build())
                .withRollingPolicy(OnCheckpointRollingPolicy.build())
                .build();
        results.sinkTo(files).name(sink.describe()).uid(SinkTranslators.RESULTS_UID);
    }

    private record JsonLines(String jobId) implements Encoder<WindowResult> {
        @Override
        public void encode(WindowResult result, OutputStream out) throws java.io.IOException {
            out.write(ResultCodec.encode(result, System.currentTimeMillis()));
            out.write('\n');
            EmissionCounter.add(jobId, 1);
        }
    }

    private static final class WindowHourBuckets implements BucketAssigner<WindowResult, String> {
        @Override
        public String getBucketId(WindowResult result, Context context) {
            return ResultFiles.partitionOf(result);
        }

        @Override
        public SimpleVersionedSerializer<String> getSerializer() {
            return SimpleVersionedStringSerializer.INSTANCE;
        }
    }
}
