package io.streambench.flink.source;

import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.QueueType;
import io.streambench.flink.model.SourceRecord;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Reads the job's input stream from one kind of broker, with the watermark strategy applied at the source. */
public interface SourceTranslator {
    DataStream<SourceRecord> translate(StreamExecutionEnvironment env, JobSpec job, WatermarkStrategy<SourceRecord> watermarks);

    /** The translator for the broker's kind of stream: stream queues have a source of their own, other queues RMQSource. */
    static SourceTranslator forBroker(BrokerConnection broker) {
        if (broker instanceof BrokerConnection.RabbitMq rabbit) {
            return rabbit.queueType() == QueueType.STREAM ? new RabbitStreamSourceTranslator() : new RabbitSourceTranslator();
        }
        return new KafkaSourceTranslator();
    }
}
