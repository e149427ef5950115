package io.streambench.spark.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.JobSpec;
import io.streambench.sinks.ResultTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Results into a Kafka topic (on the job's own broker unless the sink names another cluster), keyed by result key.
 * Each write is flushed before the partition is done, so a committed epoch's results are in the topic: at-least-once
 * (a replayed epoch writes again; there are no transactions across Spark tasks).
 */
final class KafkaSinkTranslator implements SinkTranslator<Sink.Kafka> {
    @Override
    public ResultOutput outputFor(Sink.Kafka sink, JobSpec job) {
        BrokerConnection.Kafka kafka = resultCluster(sink, job);
        ResultTopic.ensure(kafka.bootstrapServers(), kafka.clientProperties(), sink.topic(), job.settings().parallelism());
        Map<String, String> producer = new HashMap<>(kafka.clientProperties());
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        producer.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        return new ResultOutput.Rows(new KafkaWriter(job.jobId(), SinkTranslators.eachAtOnce(job), sink.topic(),
                producer));
    }

    private static BrokerConnection.Kafka resultCluster(Sink.Kafka sink, JobSpec job) {
        if (sink.bootstrapServers() != null) {
            return new BrokerConnection.Kafka(sink.bootstrapServers(), null);
        }
        if (job.broker() instanceof BrokerConnection.Kafka kafka) {
            return kafka;
        }
        throw new IllegalArgumentException("spark: Kafka result topic '" + sink.topic() + "' needs bootstrapServers, "
                + "since this job reads " + job.broker().describe());
    }

    private static final class KafkaWriter extends ResultWriter {
        /** One producer per cluster and JVM: a producer per task would cost a connection per micro-batch. */
        private static final Map<Map<String, String>, KafkaProducer<byte[], byte[]>> PRODUCERS = new ConcurrentHashMap<>();

        private final String topic;
        private final Map<String, String> config;

        KafkaWriter(String jobId, boolean eachAtOnce, String topic, Map<String, String> config) {
            super(jobId, eachAtOnce);
            this.topic = topic;
            this.config = config;
        }

        @Override
        protected void write(List<WindowResult> results, long partition, long epoch, long emitTime) {
            KafkaProducer<byte[], byte[]> producer = PRODUCERS.computeIfAbsent(config, KafkaWriter::newProducer);
            List<Future<RecordMetadata>> sent = new ArrayList<>(results.size());
            for (WindowResult result : results) {
                sent.add(producer.send(new ProducerRecord<>(topic, result.key().getBytes(StandardCharsets.UTF_8),
                        ResultCodec.encode(result, emitTime))));
            }
            producer.flush();
            try {
                for (Future<RecordMetadata> record : sent) {
                    record.get();
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot write results to Kafka topic '" + topic + "': "
                        + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing results to Kafka topic '" + topic + "'", e);
            }
        }

        private static KafkaProducer<byte[], byte[]> newProducer(Map<String, String> config) {
            KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(new HashMap<String, Object>(config),
                    new ByteArraySerializer(), new ByteArraySerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close, "close-result-producer"));
            return producer;
        }
    }
}
