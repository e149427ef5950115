package io.streambench.kafkastreams.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import org.apache.kafka.streams.kstream.KStream;

import java.util.Map;

/** One translator per sink type. */
public final class SinkTranslators {
    static final String RESULTS = "sink-results";

    private static final Map<Class<? extends Sink>, SinkTranslator<?>> BY_TYPE = Map.of(
            Sink.Kafka.class, new KafkaSinkTranslator(),
            Sink.Postgres.class, new PostgresSinkTranslator(),
            Sink.Files.class, new FilesSinkTranslator(),
            Sink.Memory.class, new MemorySinkTranslator());

    private SinkTranslators() {
    }

    @SuppressWarnings("unchecked")
    public static <S extends Sink> void translate(S sink, KStream<String, WindowResult> results, JobSpec job) {
        SinkTranslator<S> translator = (SinkTranslator<S>) BY_TYPE.get(sink.getClass());
        if (translator == null) {
            throw new IllegalArgumentException("kafka-streams: no translator for sink " + sink.describe());
        }
        translator.translate(sink, results, job);
    }
}
