package io.streambench.flink.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.JobSpec;
import io.streambench.sinks.ResultTopic;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.KafkaSinkBuilder;
import org.apache.flink.streaming.api.datastream.DataStream;

import java.util.Properties;

/**
 * KafkaSink into a result topic (on the job's own Kafka broker unless the sink names another cluster); exactly-once
 * through Kafka transactions committed on checkpoints, so readers must read committed.
 */
final class KafkaSinkTranslator implements SinkTranslator<Sink.Kafka> {
    /** Below the broker's default transaction.max.timeout.ms (15 min), which Flink's default (1 h) exceeds. */
    private static final String TRANSACTION_TIMEOUT_MS = String.valueOf(10 * 60 * 1000);

    private static final String LINGER_MS = "5";

    @Override
    public void translate(Sink.Kafka sink, DataStream<WindowResult> results, JobSpec job) {
        BrokerConnection.Kafka kafka = resultCluster(sink, job);
        ResultTopic.ensure(kafka.bootstrapServers(), kafka.clientProperties(), sink.topic(), job.settings().parallelism());
        Properties producer = new Properties();
        producer.putAll(kafka.clientProperties());
        producer.setProperty("transaction.timeout.ms", TRANSACTION_TIMEOUT_MS);
        // The results of one firing leave together, so a short linger batches them and bounds what a result waits.
        producer.putIfAbsent("linger.ms", LINGER_MS);
        KafkaSinkBuilder<WindowResult> builder = KafkaSink.<WindowResult>builder()
                .setBootstrapServers(kafka.bootstrapServers())
                .setKafkaProducerConfig(producer)
                .setRecordSerializer(new ResultRecords(sink.topic(), job.jobId()));
        if (job.settings().guarantee() == DeliveryGuarantee.EXACTLY_ONCE) {
            builder.setDeliveryGuarantee(org.apache.flink.connector.base.DeliveryGuarantee.EXACTLY_ONCE)
                    .setTransactionalIdPrefix(job.jobId());
        } else {
            builder.setDeliveryGuarantee(org.apache.flink.connector.base.DeliveryGuarantee.AT_LEAST_ONCE);
        }
        results.sinkTo(builder.build()).name(sink.describe()).uid(SinkTranslators.RESULTS_UID);
    }

    private static BrokerConnection.Kafka resultCluster(Sink.Kafka sink, JobSpec job) {
        if (sink.bootstrapServers() != null) {
            return new BrokerConnection.Kafka(sink.bootstrapServers(), null);
        }
        if (job.broker() instanceof BrokerConnection.Kafka kafka) {
            return kafka;
        }
        throw new IllegalArgumentException("flink: Kafka result topic '" + sink.topic() + "' needs bootstrapServers, "
                + "since this job reads " + job.broker().describe());
    }
}
