package io.streambench.spark.sink;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;

import java.util.Map;

/** One translator per sink type, looked up by type; a sink without one fails naming it. */
public final class SinkTranslators {
    private static final Map<Class<? extends Sink>, SinkTranslator<?>> BY_TYPE = Map.of(
            Sink.Kafka.class, new KafkaSinkTranslator(),
            Sink.Postgres.class, new PostgresSinkTranslator(),
            Sink.Files.class, new FilesSinkTranslator(),
            Sink.Iceberg.class, new IcebergSinkTranslator(),
            Sink.Memory.class, new MemorySinkTranslator());

    private SinkTranslators() {
    }

    @SuppressWarnings("unchecked")
    public static ResultOutput outputFor(Sink sink, JobSpec job) {
        SinkTranslator<Sink> translator = (SinkTranslator<Sink>) BY_TYPE.get(sink.getClass());
        if (translator == null) {
            throw new IllegalArgumentException("spark: no translator for sink " + sink.describe());
        }
        return translator.outputFor(sink, job);
    }

    static boolean eachAtOnce(JobSpec job) {
        return job.settings().mode().kind() == ExecutionMode.Kind.CONTINUOUS;
    }
}
