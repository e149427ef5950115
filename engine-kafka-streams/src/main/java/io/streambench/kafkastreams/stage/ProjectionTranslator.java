package io.streambench.kafkastreams.stage;

import io.streambench.api.pipeline.Projection;
import io.streambench.api.result.WindowResult;
import io.streambench.kafkastreams.model.KeyedEvent;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/** One result per event, keyed by the result key; no state, so no repartition. */
final class ProjectionTranslator implements OutputTranslator<Projection> {
    @Override
    public KStream<String, WindowResult> translate(Projection projection, KStream<byte[], KeyedEvent> events,
                                                   String name, Translation translation) {
        return events.filterNot((key, keyed) -> keyed.isMarker(), Named.as(name + "-drop-markers"))
                .map((key, keyed) -> {
                    WindowResult result = Projection.resultFor(projection.key().valueOf(keyed.event(), keyed.category()),
                            keyed.event());
                    return KeyValue.pair(result.key(), result);
                }, Named.as(name));
    }
}
