package io.streambench.kafkastreams.stage;

import io.streambench.api.pipeline.Stage;
import io.streambench.kafkastreams.model.KeyedEvent;
import org.apache.kafka.streams.kstream.KStream;

/** Translates one kind of transforming stage (filter, enrichment); watermark markers pass every one of them. */
interface TransformTranslator<S extends Stage> {
    KStream<byte[], KeyedEvent> translate(S stage, KStream<byte[], KeyedEvent> events, String name);
}
