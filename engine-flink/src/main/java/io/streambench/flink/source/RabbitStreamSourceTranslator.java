package io.streambench.flink.source;

import io.streambench.api.pipeline.Source;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.flink.model.SourceRecord;
import io.streambench.flink.source.stream.RabbitStreamSource;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** A RabbitMQ stream queue read over the stream protocol by one reader; batch mode reads what it holds at the start. */
public final class RabbitStreamSourceTranslator implements SourceTranslator {
    @Override
    public DataStream<SourceRecord> translate(StreamExecutionEnvironment env, JobSpec job,
                                              WatermarkStrategy<SourceRecord> watermarks) {
        BrokerConnection.RabbitMq rabbit = (BrokerConnection.RabbitMq) job.broker();
        Source source = job.pipeline().source();
        boolean bounded = job.settings().mode().kind() == ExecutionMode.Kind.BATCH;
        RabbitStreamSource streamSource = new RabbitStreamSource(rabbit.streamUri(), source.stream(), source.startAt(),
                bounded);
        return env.fromSource(streamSource, watermarks, "rabbitmq-stream:" + source.stream())
                .uid("source-rabbitmq-stream").setParallelism(1);
    }
}
