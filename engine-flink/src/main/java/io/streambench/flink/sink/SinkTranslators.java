package io.streambench.flink.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import org.apache.flink.streaming.api.datastream.DataStream;

import java.util.Map;

/** One translator per sink type, looked up by type; a sink without one fails naming it. */
public final class SinkTranslators {
    /** The results sink's operator id: the same for every sink kind, as a pipeline has exactly one. */
    static final String RESULTS_UID = "sink-results";
    private static final Map<Class<? extends Sink>, SinkTranslator<?>> BY_TYPE = Map.of(
            Sink.Kafka.class, new KafkaSinkTranslator(),
            Sink.Postgres.class, new PostgresSinkTranslator(),
            Sink.Files.class, new FilesSinkTranslator(),
            Sink.Iceberg.class, new IcebergSinkTranslator(),
            Sink.Memory.class, new MemorySinkTranslator());

    private SinkTranslators() {
    }

    @SuppressWarnings("unchecked")
    public static void translate(Sink sink, DataStream<WindowResult> results, JobSpec job) {
        SinkTranslator<Sink> translator = (SinkTranslator<Sink>) BY_TYPE.get(sink.getClass());
        if (translator == null) {
            throw new IllegalArgumentException("flink: no translator for sink " + sink.describe());
        }
        translator.translate(sink, results, job);
    }
}
