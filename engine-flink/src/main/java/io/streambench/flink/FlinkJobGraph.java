package io.streambench.flink;

import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.Stage;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.flink.model.EnrichedEvent;
import io.streambench.flink.model.SourceRecord;
import io.streambench.flink.sink.DeadLetterFile;
import io.streambench.flink.sink.SinkTranslators;
import io.streambench.flink.source.SourceTranslator;
import io.streambench.flink.source.Timestamps;
import io.streambench.flink.stage.RouteDecoded;
import io.streambench.flink.stage.StageTranslators;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.HeartbeatManagerOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.nio.file.Path;
import java.util.List;
import java.time.Duration;

/** Builds the Flink job of a {@link JobSpec}: configuration, then source, stages and sink through their translators. */
final class FlinkJobGraph {
    static final Duration BUFFER_TIMEOUT = Duration.ofMillis(10);
    static final Duration WATERMARK_INTERVAL = Duration.ofMillis(50);

    private FlinkJobGraph() {
    }

    /** Configuration of the job: runtime mode, checkpoints under the work directory, restore, restarts. */
    static Configuration configuration(JobSpec job) {
        Configuration config = new Configuration();
        boolean batch = job.settings().mode().kind() == ExecutionMode.Kind.BATCH;
        config.set(ExecutionOptions.RUNTIME_MODE, batch ? RuntimeExecutionMode.BATCH : RuntimeExecutionMode.STREAMING);
        // Accumulators (the job's counters) travel with heartbeats; the default 10 s would make them stale.
        config.set(HeartbeatManagerOptions.HEARTBEAT_INTERVAL, Duration.ofSeconds(1));
        // A record waits in a network buffer until it fills or this timeout passes (default 100 ms), and an event-time
        // window waits for the next periodic watermark (default every 200 ms): at a benchmark's rates both add their
        // full period to every result. These are the settings a latency-minded hand-written job would choose; the
        // CPU they cost shows in the throughput cells.
        config.set(ExecutionOptions.BUFFER_TIMEOUT, BUFFER_TIMEOUT);
        config.set(PipelineOptions.AUTO_WATERMARK_INTERVAL, WATERMARK_INTERVAL);
        // An operator added without a uid fails the job at submission instead of silently breaking savepoint restores.
        config.set(PipelineOptions.AUTO_GENERATE_UIDS, false);
        config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(2));
        if (!batch) {
            Path workDir = Path.of(job.workDir()).toAbsolutePath();
            Path checkpoints = workDir.resolve(CheckpointLocator.CHECKPOINTS);
            config.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, job.settings().checkpointInterval());
            config.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE,
                    job.settings().guarantee() == DeliveryGuarantee.EXACTLY_ONCE
                            ? CheckpointingMode.EXACTLY_ONCE : CheckpointingMode.AT_LEAST_ONCE);
            config.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
            config.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                    ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
            CheckpointLocator.newestRestorePoint(workDir).ifPresent(latest ->
                    config.set(StateRecoveryOptions.SAVEPOINT_PATH, latest.toUri().toString()));
        }
        return config;
    }

    /**
     * Adds the job's operators to {@code env}. Every stateful operator has a uid that depends on the pipeline alone, so
     * that a savepoint of one build of a pipeline restores into the next: generated ids change with the graph's code.
     */
    static void build(StreamExecutionEnvironment env, JobSpec job) {
        Pipeline pipeline = job.pipeline();
        env.setParallelism(job.settings().parallelism());
        DataStream<SourceRecord> records = sourceTranslator(job.broker())
                .translate(env, job, Timestamps.strategyFor(pipeline, job.settings().mode()));
        SingleOutputStreamOperator<EnrichedEvent> events = records.process(new RouteDecoded())
                .name("decode, route malformed aside").uid("decode").setParallelism(records.getParallelism());
        DeadLetterFile.attach(events.getSideOutput(RouteDecoded.DEAD_LETTERS), job.workDir());
        DataStream<EnrichedEvent> stream = events;
        List<Stage> transforms = pipeline.stages().subList(0, pipeline.stages().size() - 1);
        for (int index = 0; index < transforms.size(); index++) {
            stream = StageTranslators.transform(transforms.get(index), stream, job).uid(stageUid(index));
        }
        DataStream<WindowResult> results = StageTranslators.output(pipeline.output(), stream, job)
                .uid(stageUid(transforms.size()));
        SinkTranslators.translate(pipeline.sink(), results, job);
    }

    private static String stageUid(int index) {
        return "stage-" + index;
    }

    private static SourceTranslator sourceTranslator(BrokerConnection broker) {
        return SourceTranslator.forBroker(broker);
    }
}
