package io.streambench.flink.stage;

import io.streambench.api.pipeline.Key;
import io.streambench.flink.model.EnrichedEvent;
import org.apache.flink.api.java.functions.KeySelector;

/** The pipeline's key of an event, as a Flink key selector. */
record KeyOf(Key key) implements KeySelector<EnrichedEvent, String> {
    @Override
    public String getKey(EnrichedEvent enriched) {
        return key.valueOf(enriched.event(), enriched.category());
    }
}
