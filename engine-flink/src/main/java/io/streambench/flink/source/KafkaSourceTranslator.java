package io.streambench.flink.source;

import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.flink.model.SourceRecord;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * KafkaSource with per-partition watermarks. Batch mode reads the range that is in the topic when the job starts.
 * The source runs with at most one reader per partition: a reader without a partition would hold the watermark back.
 */
public final class KafkaSourceTranslator implements SourceTranslator {
    @Override
    public DataStream<SourceRecord> translate(StreamExecutionEnvironment env, JobSpec job,
                                              WatermarkStrategy<SourceRecord> watermarks) {
        BrokerConnection.Kafka kafka = (BrokerConnection.Kafka) job.broker();
        String topic = job.pipeline().source().stream();
        KafkaSourceBuilder<SourceRecord> builder = KafkaSource.<SourceRecord>builder()
                .setBootstrapServers(kafka.bootstrapServers())
                .setTopics(topic)
                .setGroupId("streambench-" + job.jobId())
                .setStartingOffsets(startingOffsets(job.pipeline().source().startAt()))
                .setDeserializer(new KafkaRecordDecoder());
        kafka.clientProperties().forEach(builder::setProperty);
        if (job.settings().mode().kind() == ExecutionMode.Kind.BATCH) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        int readers = Math.min(job.settings().parallelism(), KafkaTopics.partitions(kafka, topic));
        return env.fromSource(builder.build(), watermarks, "kafka:" + topic).uid("source-kafka").setParallelism(readers);
    }

    private static OffsetsInitializer startingOffsets(StartPosition start) {
        return switch (start.kind()) {
            case EARLIEST -> OffsetsInitializer.earliest();
            case LATEST -> OffsetsInitializer.latest();
            case TIMESTAMP -> OffsetsInitializer.timestamp(start.timestamp().toEpochMilli());
        };
    }
}
