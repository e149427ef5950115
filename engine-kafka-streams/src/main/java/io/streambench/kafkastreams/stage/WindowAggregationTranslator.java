package io.streambench.kafkastreams.stage;

import io.streambench.api.pipeline.Window;
import io.streambench.api.pipeline.WindowAggregation;
import io.streambench.api.result.WindowResult;
import io.streambench.kafkastreams.model.KeyedEvent;
import io.streambench.kafkastreams.model.KeyedEventSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Keys the events, repartitions them by key (markers to every partition, passed on once all have come) and aggregates them in the pipeline's window.
 * Every internal topic and store is named after the stage, so that a restarted job finds its changelogs again.
 */
final class WindowAggregationTranslator implements OutputTranslator<WindowAggregation> {
    /** The key markers travel under; no event key is empty or starts with NUL. */
    static final String MARKER_KEY = "\u0000watermark";

    @Override
    public KStream<String, WindowResult> translate(WindowAggregation aggregation, KStream<byte[], KeyedEvent> events,
                                                   String name, Translation translation) {
        KStream<String, KeyedEvent> byKey = events
                .selectKey((key, keyed) -> keyed.isMarker() ? MARKER_KEY
                        : aggregation.key().valueOf(keyed.event(), keyed.category()), Named.as(name + "-key"))
                .repartition(Repartitioned.<String, KeyedEvent>as(name)
                        .withKeySerde(Serdes.String()).withValueSerde(new KeyedEventSerde())
                        .withStreamPartitioner(new MarkersToEveryPartition()))
                .processValues(() -> new AlignMarkers(translation.sourcePartitions()), Named.as(name + "-align-markers"));
        Window window = aggregation.window();
        if (window instanceof Window.Count count) {
            return CountWindowAggregation.translate(count, aggregation, byKey, name);
        }
        KGroupedStream<String, KeyedEvent> grouped = byKey.groupByKey(
                Grouped.with(name + "-grouped", Serdes.String(), new KeyedEventSerde()));
        EventTimeBounds bounds = EventTimeBounds.of(translation.job().pipeline(), aggregation);
        Emissions emission = new Emissions(translation.job());
        if (window instanceof Window.Session session) {
            return SessionWindowAggregation.translate(session, aggregation, grouped, bounds, emission, name);
        }
        return TimeWindowAggregation.translate(window, aggregation, grouped, bounds, emission, name);
    }
}
