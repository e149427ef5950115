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
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.WindowStore;

import java.time.Duration;

/** Tumbling and sliding windows: Kafka Streams' epoch-aligned hopping windows, [start, end) like the model's. */
final class TimeWindowAggregation {
    private TimeWindowAggregation() {
    }

    static KStream<String, WindowResult> translate(Window window, WindowAggregation aggregation,
                                                   KGroupedStream<String, KeyedEvent> grouped, EventTimeBounds bounds,
                                                   Emissions emission, String name) {
        Duration size;
        Duration slide;
        if (window instanceof Window.Sliding sliding) {
            size = sliding.size();
            slide = sliding.slide();
        } else {
            size = ((Window.Tumbling) window).size();
            slide = size;
        }
        Aggregate function = aggregation.function();
        KTable<Windowed<String>, WindowAccumulator> windows = grouped
                .windowedBy(TimeWindows.ofSizeAndGrace(size, bounds.timeWindowGrace()).advanceBy(slide))
                .aggregate(WindowAccumulator::empty, (key, keyed, accumulator) -> accumulator.add(keyed.event(), function),
                        Named.as(name + "-aggregate"),
                        Materialized.<String, WindowAccumulator, WindowStore<Bytes, byte[]>>as(name + "-windows")
                                .withKeySerde(Serdes.String()).withValueSerde(new WindowAccumulatorSerde())
                                .withCachingDisabled());
        return emission.apply(windows, name).toStream(Named.as(name + "-updates"))
                .filter((windowed, accumulator) -> accumulator != null
                        && !windowed.key().equals(WindowAggregationTranslator.MARKER_KEY), Named.as(name + "-drop-markers"))
                .map((windowed, accumulator) -> KeyValue.pair(windowed.key(), new WindowResult(windowed.key(),
                        windowed.window().start(), windowed.window().end(), accumulator.value(function),
                        accumulator.maxSendTime())), Named.as(name + "-results"));
    }
}
