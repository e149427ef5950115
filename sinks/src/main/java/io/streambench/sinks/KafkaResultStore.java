package io.streambench.sinks;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultStore;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Each run gets a result topic of its own on the cluster at {@code bootstrapServers}, whatever broker the job reads. */
public record KafkaResultStore(String bootstrapServers, Map<String, String> clientProperties, int partitions,
                               boolean deleteAfterRun) implements ResultStore {
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
    public View open(String run, String pipeline) {
        ResultTopicReader reader = new ResultTopicReader(bootstrapServers, clientProperties, "results-" + run);
        return new View() {
            @Override
            public List<ObservedResult> results() {
                return reader.poll(Duration.ofMillis(100)).all();
            }

            @Override
            public void close() {
                reader.close();
                if (deleteAfterRun) {
                    ResultTopic.delete(bootstrapServers, clientProperties, reader.topic());
                }
            }
        };
    }
}
