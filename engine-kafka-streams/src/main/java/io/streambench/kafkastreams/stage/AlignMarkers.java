package io.streambench.kafkastreams.stage;

import io.streambench.kafkastreams.model.KeyedEvent;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.Set;

/**
 * Passes a task's first watermark marker on only once the markers of every source partition have arrived. Each source
 * task sends its marker after its own events, but the source tasks run apart (on other threads, at other paces): the
 * first marker to arrive would move this task's stream time a day ahead while another source task still has events
 * on the way, which would then all be dropped as late. Kept in memory: the markers come together at the end of input.
 */
final class AlignMarkers implements FixedKeyProcessor<String, KeyedEvent, KeyedEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(AlignMarkers.class);

    private final int sourcePartitions;
    private final Set<Integer> markedPartitions = new HashSet<>();
    private FixedKeyProcessorContext<String, KeyedEvent> context;

    AlignMarkers(int sourcePartitions) {
        this.sourcePartitions = sourcePartitions;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, KeyedEvent> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, KeyedEvent> record) {
        if (!record.value().isMarker()) {
            context.forward(record);
            return;
        }
        boolean first = markedPartitions.add(record.value().sourcePartition())
                && markedPartitions.size() == sourcePartitions;
        LOG.info("task {}: watermark marker of source partition {} ({} of {})", context.taskId(),
                record.value().sourcePartition(), markedPartitions.size(), sourcePartitions);
        if (first) {
            context.forward(record);
        }
    }
}
