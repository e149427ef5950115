package io.streambench.kafkastreams.stage;

import io.streambench.api.pipeline.Stage;
import io.streambench.api.result.WindowResult;
import io.streambench.kafkastreams.model.KeyedEvent;
import org.apache.kafka.streams.kstream.KStream;

/** Translates one kind of output stage (aggregation, projection) into the stream of results; markers end here. */
interface OutputTranslator<S extends Stage> {
    KStream<String, WindowResult> translate(S stage, KStream<byte[], KeyedEvent> events, String name,
                                            Translation translation);
}
