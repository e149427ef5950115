package io.streambench.kafkastreams;

import io.streambench.api.engine.Engine;
import io.streambench.api.engine.EngineCapabilities;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.JobSpec;
import io.streambench.kafkastreams.model.KeyedEvent;
import io.streambench.kafkastreams.sink.SinkTranslators;
import io.streambench.kafkastreams.source.SourceTranslator;
import io.streambench.kafkastreams.source.StartOffsets;
import io.streambench.kafkastreams.stage.StageTranslators;
import io.streambench.kafkastreams.stage.Translation;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;

import java.util.Properties;

/** Runs pipelines as Kafka Streams topologies, one {@link KafkaStreams} instance per job in this JVM. */
public final class KafkaStreamsEngine implements Engine {
    private static final EngineCapabilities CAPABILITIES = KafkaStreamsCapabilities.declared();

    @Override
    public String name() {
        return "kafka-streams";
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public EngineCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public JobHandle submit(JobSpec job) {
        checkSupported(job);
        String applicationId = ApplicationId.of(job);
        Properties settings = StreamsSettings.of(job, applicationId);
        JobCounters counters = new JobCounters();
        Topology topology;
        try (Admin admin = Admin.create(adminSettings((BrokerConnection.Kafka) job.broker()))) {
            String topic = job.pipeline().source().stream();
            topology = topology(new Translation(job, StartOffsets.partitions(admin, topic)), counters);
            StartOffsets.commitIfFresh(admin, applicationId, topic, job.pipeline().source().startAt());
        }
        KafkaStreams streams = new KafkaStreams(topology, settings);
        counters.readFrom(streams::metrics);
        KafkaStreamsJobHandle handle = new KafkaStreamsJobHandle(streams, counters, applicationId);
        handle.start();
        return handle;
    }

    static Topology topology(Translation translation, JobCounters counters) {
        JobSpec job = translation.job();
        StreamsBuilder builder = new StreamsBuilder();
        KStream<byte[], KeyedEvent> events = SourceTranslator.translate(builder, job, counters);
        KStream<String, WindowResult> results = StageTranslators.translate(translation, events);
        SinkTranslators.translate(job.pipeline().sink(), results, job);
        return builder.build();
    }

    private static Properties adminSettings(BrokerConnection.Kafka kafka) {
        Properties properties = new Properties();
        properties.putAll(kafka.clientProperties());
        properties.put("bootstrap.servers", kafka.bootstrapServers());
        return properties;
    }
}
