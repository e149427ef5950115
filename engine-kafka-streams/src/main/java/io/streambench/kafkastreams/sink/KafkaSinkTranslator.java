package io.streambench.kafkastreams.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.EmissionCounter;
import io.streambench.api.result.ResultCodec;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.JobSpec;
import io.streambench.sinks.ResultTopic;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The result topic, written by the topology's own producer: under {@code exactly_once_v2} in the same transaction as
 * the input offsets and state changelogs, committed every commit interval, so readers must read committed.
 */
final class KafkaSinkTranslator implements SinkTranslator<Sink.Kafka> {
    @Override
    public void translate(Sink.Kafka sink, KStream<String, WindowResult> results, JobSpec job) {
        BrokerConnection.Kafka kafka = (BrokerConnection.Kafka) job.broker();
        if (sink.bootstrapServers() != null && !sink.bootstrapServers().equals(kafka.bootstrapServers())) {
            throw new IllegalArgumentException("kafka-streams writes result topics on the cluster it reads ("
                    + kafka.bootstrapServers() + "), not on " + sink.bootstrapServers());
        }
        ResultTopic.ensure(kafka.bootstrapServers(), kafka.clientProperties(), sink.topic(), job.settings().parallelism());
        String jobId = job.jobId();
        results.mapValues(result -> {
                    EmissionCounter.add(jobId, 1);
                    return ResultCodec.encode(result, System.currentTimeMillis());
                }, Named.as(SinkTranslators.RESULTS + "-encode"))
                .to(sink.topic(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName(SinkTranslators.RESULTS));
    }
}
