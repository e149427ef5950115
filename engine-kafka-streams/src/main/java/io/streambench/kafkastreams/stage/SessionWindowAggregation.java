package io.streambench.kafkastreams.stage;

import io.streambench.api.pipeline.Aggregate;
import io.streambench.api.pipeline.Window;
import io.streambench.api.pipeline.WindowAggregation;
import io.streambench.api.result.WindowResult;
import io.streambench.kafkastreams.model.KeyedEvent;
import io.streambench.kafkastreams.model.WindowAccumulator;
import io.streambench.kafkastreams.model.WindowAccumulatorSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.SessionWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.SessionStore;

/**
 * Session windows. A Kafka Streams session spans its first to its last event, both included, and takes an event
 * within the gap of either end: the model's sessions, whose end is the last event plus the gap. Sessions an event
 * merges are forwarded as tombstones, dropped here: only the merged session is a result.
 */
final class SessionWindowAggregation {
    private SessionWindowAggregation() {
    }

    static KStream<String, WindowResult> translate(Window.Session session, WindowAggregation aggregation,
                                                   KGroupedStream<String, KeyedEvent> grouped, EventTimeBounds bounds,
                                                   Emissions emission, String name) {
        Aggregate function = aggregation.function();
        long gap = session.gap().toMillis();
        KTable<Windowed<String>, WindowAccumulator> sessions = grouped
                .windowedBy(SessionWindows.ofInactivityGapAndGrace(session.gap(), bounds.sessionGrace(session.gap())))
                .aggregate(WindowAccumulator::empty, (key, keyed, accumulator) -> accumulator.add(keyed.event(), function),
                        (key, left, right) -> left.merge(right), Named.as(name + "-aggregate"),
                        Materialized.<String, WindowAccumulator, SessionStore<Bytes, byte[]>>as(name + "-sessions")
                                .withKeySerde(Serdes.String()).withValueSerde(new WindowAccumulatorSerde())
                                .withCachingDisabled());
        return emission.apply(sessions, name).toStream(Named.as(name + "-updates"))
                .filter((windowed, accumulator) -> accumulator != null
                        && !windowed.key().equals(WindowAggregationTranslator.MARKER_KEY), Named.as(name + "-drop-markers"))
                .map((windowed, accumulator) -> KeyValue.pair(windowed.key(), new WindowResult(windowed.key(),
                        windowed.window().start(), windowed.window().end() + gap, accumulator.value(function),
                        accumulator.maxSendTime())), Named.as(name + "-results"));
    }
}
