package io.streambench.kafkastreams;

import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.JobSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

import java.nio.file.Path;
import java.util.Properties;

/** The Kafka Streams configuration of a job: its run settings in Kafka Streams' terms. */
final class StreamsSettings {
    private static final int SMALL_FETCH_BYTES = 16 * 1024;
    private static final int SMALL_POLL_RECORDS = 100;

    private StreamsSettings() {
    }

    static Properties of(JobSpec job, String applicationId) {
        BrokerConnection.Kafka kafka = (BrokerConnection.Kafka) job.broker();
        Properties properties = new Properties();
        properties.putAll(kafka.clientProperties());
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        properties.put(StreamsConfig.STATE_DIR_CONFIG, Path.of(job.workDir(), "state").toAbsolutePath().toString());
        // One instance per engine JVM: the job's parallelism is its stream threads.
        properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, job.settings().parallelism());
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
                job.settings().guarantee() == DeliveryGuarantee.EXACTLY_ONCE ? StreamsConfig.EXACTLY_ONCE_V2
                        : StreamsConfig.AT_LEAST_ONCE);
        // The commit is Kafka Streams' checkpoint: offsets, changelogs and (exactly-once) result transactions.
        properties.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, job.settings().checkpointInterval().toMillis());
        // Without the record cache each update reaches the next operator (suppression, sink) at once; with it,
        // updates would wait for the next commit.
        properties.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Nothing aligns the source tasks that feed one task after the repartition, whose stream time is the largest
        // event time any of them sent: on a backlog, a fetch of 1 MiB (the default) let one partition's events run
        // 17-22 s of event time ahead of the other's, beyond the ready pipelines' 15 s grace, and events the oracle
        // keeps were dropped as late; with 64 KiB, 19-21 s behind after a restart. Small fetches (16 KiB, about 75
        // events) and polls (100 records) interleave the partitions finer, for more requests; client properties of the
        // run override both.
        if (!kafka.clientProperties().containsKey(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG)) {
            properties.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
                    SMALL_FETCH_BYTES);
        }
        if (!kafka.clientProperties().containsKey(ConsumerConfig.MAX_POLL_RECORDS_CONFIG)) {
            properties.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), SMALL_POLL_RECORDS);
        }
        // Static membership (one instance per work directory): an engine restarted after a crash takes its members'
        // places at once, instead of waiting for the group to time the killed ones out (session.timeout.ms, 45 s).
        properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), applicationId);
        // Repartition topics carry event times as record timestamps, and the watermark markers are a day ahead of
        // the last event: the broker's default bound on future timestamps (one hour since Kafka 4.0) would refuse them.
        properties.put(StreamsConfig.topicPrefix(TopicConfig.MESSAGE_TIMESTAMP_AFTER_MAX_MS_CONFIG),
                String.valueOf(Long.MAX_VALUE));
        return properties;
    }
}
