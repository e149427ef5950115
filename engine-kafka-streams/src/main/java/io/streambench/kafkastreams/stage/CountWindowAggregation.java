package io.streambench.kafkastreams.stage;

import io.streambench.api.pipeline.Window;
import io.streambench.api.pipeline.WindowAggregation;
import io.streambench.api.result.WindowResult;
import io.streambench.kafkastreams.model.KeyedEvent;
import io.streambench.kafkastreams.model.WindowAccumulator;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import java.util.Set;

/**
 * Count windows with the Processor API: the DSL has none, and a result needs the window's ordinal in the key's events.
 * Per key, a store (with a changelog) holds how many events it has seen and the open window's accumulator; every
 * {@code size}-th event emits the window and opens the next. Events of a key reach one task in the order the source
 * partition held them (the loader keys by user).
 */
final class CountWindowAggregation {
    private CountWindowAggregation() {
    }

    static KStream<String, WindowResult> translate(Window.Count window, WindowAggregation aggregation,
                                                   KStream<String, KeyedEvent> byKey, String name) {
        String store = name + "-counts";
        return byKey.process(new Supplier(window.size(), aggregation, store), Named.as(name + "-count-windows"), store);
    }

    private record Supplier(long size, WindowAggregation aggregation, String storeName)
            implements ProcessorSupplier<String, KeyedEvent, String, WindowResult> {
        @Override
        public Processor<String, KeyedEvent, String, WindowResult> get() {
            return new CountWindows(size, aggregation, storeName);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(storeName), Serdes.String(),
                    new CountWindowState.Serde()).withCachingDisabled());
        }
    }

    private static final class CountWindows implements Processor<String, KeyedEvent, String, WindowResult> {
        private final long size;
        private final WindowAggregation aggregation;
        private final String storeName;
        private ProcessorContext<String, WindowResult> context;
        private KeyValueStore<String, CountWindowState> open;

        CountWindows(long size, WindowAggregation aggregation, String storeName) {
            this.size = size;
            this.aggregation = aggregation;
            this.storeName = storeName;
        }

        @Override
        public void init(ProcessorContext<String, WindowResult> context) {
            this.context = context;
            this.open = context.getStateStore(storeName);
        }

        @Override
        public void process(Record<String, KeyedEvent> record) {
            if (record.value().isMarker()) {
                return;
            }
            String key = record.key();
            CountWindowState state = open.get(key);
            if (state == null) {
                state = CountWindowState.first();
            }
            WindowAccumulator window = state.window().add(record.value().event(), aggregation.function());
            if (window.events() == size) {
                context.forward(record.withValue(new WindowResult(key, state.start(), state.start() + size,
                        window.value(aggregation.function()), window.maxSendTime())));
                state = state.next(size);
            }
            open.put(key, state);
        }
    }
}
