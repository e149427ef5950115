package io.streambench.kafkastreams.stage;

import io.streambench.api.pipeline.Filter;
import io.streambench.kafkastreams.model.KeyedEvent;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

final class FilterTranslator implements TransformTranslator<Filter> {
    @Override
    public KStream<byte[], KeyedEvent> translate(Filter filter, KStream<byte[], KeyedEvent> events, String name) {
        return events.filter((key, keyed) -> keyed.isMarker() || filter.accepts(keyed.event().action()), Named.as(name));
    }
}
