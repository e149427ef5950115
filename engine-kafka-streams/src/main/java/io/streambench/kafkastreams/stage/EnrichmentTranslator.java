package io.streambench.kafkastreams.stage;

import io.streambench.api.event.PageCatalog;
import io.streambench.api.pipeline.Enrichment;
import io.streambench.kafkastreams.model.KeyedEvent;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * The page-category side input as a table loaded at start, in every stream thread, not as a {@code GlobalKTable} fed
 * from a topic: the table is small, static and the same in every engine (Flink and Spark look it up the same way), so
 * a topic would add a loading step to the bench and a global-store bootstrap to this engine's start-up, which would
 * then measure the table's restore rather than the engine.
 */
final class EnrichmentTranslator implements TransformTranslator<Enrichment> {
    @Override
    public KStream<byte[], KeyedEvent> translate(Enrichment enrichment, KStream<byte[], KeyedEvent> events, String name) {
        PageCatalog catalog = PageCatalog.standard();
        return events.mapValues(keyed -> keyed.isMarker() ? keyed
                : keyed.withCategory(catalog.categoryOf(keyed.event().page())), Named.as(name));
    }
}
