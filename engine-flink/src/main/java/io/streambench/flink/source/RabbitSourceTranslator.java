package io.streambench.flink.source;

import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.JobSpec;
import io.streambench.flink.model.SourceRecord;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.connectors.rabbitmq.common.RMQConnectionConfig;

import java.net.URI;

/**
 * RMQSource on a classic or quorum queue. It runs as a single reader: exactly-once deduplication by correlation id
 * needs one, and a queue hands each message to one consumer only, so a watermark marker would reach just one of
 * several readers. Parallel work starts after the keyed exchange.
 */
public final class RabbitSourceTranslator implements SourceTranslator {
    @Override
    public DataStream<SourceRecord> translate(StreamExecutionEnvironment env, JobSpec job,
                                              WatermarkStrategy<SourceRecord> watermarks) {
        BrokerConnection.RabbitMq rabbit = (BrokerConnection.RabbitMq) job.broker();
        String queue = job.pipeline().source().stream();
        boolean exactlyOnce = job.settings().guarantee() == DeliveryGuarantee.EXACTLY_ONCE;
        ExistingQueueRMQSource source = new ExistingQueueRMQSource(connectionConfig(rabbit.uri()), queue, exactlyOnce,
                rabbit.clientProperties());
        return env.addSource(source, "rabbitmq:" + queue).uid("source-rabbitmq").setParallelism(1)
                .assignTimestampsAndWatermarks(watermarks).uid("watermarks-rabbitmq").setParallelism(1);
    }

    private static RMQConnectionConfig connectionConfig(String uri) {
        try {
            return new RMQConnectionConfig.Builder().setUri(new URI(uri).toString()).build();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a RabbitMQ URI: " + uri, e);
        }
    }
}
