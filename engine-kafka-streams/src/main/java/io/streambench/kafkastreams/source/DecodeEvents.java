package io.streambench.kafkastreams.source;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.event.MalformedEventException;
import io.streambench.kafkastreams.JobCounters;
import io.streambench.kafkastreams.model.KeyedEvent;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes each message into an event stamped with its event time, the timestamp every window downstream (and the
 * stream time of the tasks after the repartition) goes by. The source topic's own timestamps are the broker's append
 * times, so event time is set here rather than by a timestamp extractor, which would decode every message twice.
 * A malformed message is counted and logged, never fatal.
 */
public final class DecodeEvents implements FixedKeyProcessor<byte[], byte[], KeyedEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DecodeEvents.class);

    private final JobCounters counters;
    private FixedKeyProcessorContext<byte[], KeyedEvent> context;

    public DecodeEvents(JobCounters counters) {
        this.counters = counters;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], KeyedEvent> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], byte[]> record) {
        counters.messageRead();
        ClickEvent event;
        try {
            event = ClickEventCodec.decode(record.value());
        } catch (MalformedEventException e) {
            counters.malformedMessage();
            LOG.warn("malformed message routed aside: {}", e.getMessage());
            return;
        }
        int partition = context.recordMetadata().map(metadata -> metadata.partition()).orElse(-1);
        context.forward(record.withValue(KeyedEvent.of(event, partition)).withTimestamp(event.eventTime()));
    }
}
