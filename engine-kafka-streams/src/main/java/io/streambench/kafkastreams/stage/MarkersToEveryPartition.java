package io.streambench.kafkastreams.stage;

import io.streambench.kafkastreams.model.KeyedEvent;
import org.apache.kafka.streams.processor.StreamPartitioner;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Repartitions by key, except a watermark marker, which goes to every partition: stream time is per task, and each
 * task after the repartition must see the markers' event time to close its windows at the end of input.
 */
final class MarkersToEveryPartition implements StreamPartitioner<String, KeyedEvent> {
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, KeyedEvent keyed, int numPartitions) {
        if (!keyed.isMarker()) {
            return Optional.empty();
        }
        return Optional.of(IntStream.range(0, numPartitions).boxed().collect(Collectors.toSet()));
    }
}
