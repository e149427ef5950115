package io.streambench.sinks;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.DeliveryGuarantee;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Each run gets a result topic of its own on the cluster at {@code bootstrapServers}, whatever broker the job reads.
 * <p>
 * The clock of the visible times depends on the guarantee the view is opened with. At-least-once writers append
 * records readable at once, so a result is visible at its log-append time: the broker's clock, which the bench
 * corrects with the broker's own clock offset. Exactly-once writers append in transactions, up to a checkpoint
 * interval before the commit makes the records readable, so those views read the topic throughout the run and stamp
 * each record when it arrives: this process's clock. Hence {@link #clockOffset()} is empty.
 */
public record KafkaResultStore(String bootstrapServers, Map<String, String> clientProperties, int partitions,
                               boolean deleteAfterRun) implements ResultStore {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    /** A store whose topics are deleted when their run's view closes. */
    public KafkaResultStore(String bootstrapServers, Map<String, String> clientProperties, int partitions) {
        this(bootstrapServers, clientProperties, partitions, true);
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public Sink sinkFor(String run) {
        String topic = "results-" + run;
        ResultTopic.ensure(bootstrapServers, clientProperties, topic, partitions);
        return Sink.kafka(topic, bootstrapServers);
    }

    @Override
    public View open(String run, String pipeline, DeliveryGuarantee guarantee) {
        String topic = "results-" + run;
        if (guarantee == DeliveryGuarantee.EXACTLY_ONCE) {
            ResultTopicFollower follower = new ResultTopicFollower(new ResultTopicReader(bootstrapServers,
                    clientProperties, topic, ResultTopicReader.Stamping.RECEIPT));
            return view(topic, follower::results, follower::close);
        }
        ResultTopicReader reader = new ResultTopicReader(bootstrapServers, clientProperties, topic,
                ResultTopicReader.Stamping.LOG_APPEND_TIME);
        return view(topic, () -> reader.readToEnd(READ_TIMEOUT).all(), reader::close);
    }

    private View view(String topic, Supplier<List<ObservedResult>> results, Runnable stopReading) {
        return new View() {
            @Override
            public List<ObservedResult> results() {
                return results.get();
            }

            @Override
            public void close() {
                try {
                    stopReading.run();
                } finally {
                    if (deleteAfterRun) {
                        ResultTopic.delete(bootstrapServers, clientProperties, topic);
                    }
                }
            }
        };
    }
}
