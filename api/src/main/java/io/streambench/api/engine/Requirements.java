package io.streambench.api.engine;

import io.streambench.api.pipeline.Aggregate;
import io.streambench.api.pipeline.Enrichment;
import io.streambench.api.pipeline.Filter;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.Sink;
import io.streambench.api.pipeline.Stage;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.pipeline.Window;
import io.streambench.api.pipeline.WindowAggregation;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.Emission;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The capabilities a job needs, in the order a person reads the job: source, stages, sink, guarantee. */
public final class Requirements {
    private Requirements() {
    }

    public static List<Capability> of(JobSpec job) {
        ExecutionMode.Kind mode = job.settings().mode().kind();
        List<Feature> features = new ArrayList<>();
        features.add(sourceFeature(job.broker()));
        StartPosition.Kind start = job.pipeline().source().startAt().kind();
        if (start == StartPosition.Kind.LATEST) {
            features.add(Feature.START_AT_LATEST);
        } else if (start == StartPosition.Kind.TIMESTAMP) {
            features.add(Feature.START_AT_TIMESTAMP);
        }
        for (Stage stage : job.pipeline().stages()) {
            features.addAll(stageFeatures(stage));
        }
        features.add(sinkFeature(job.pipeline().sink()));
        if (job.settings().guarantee() == DeliveryGuarantee.EXACTLY_ONCE) {
            features.add(Feature.EXACTLY_ONCE);
            if (job.pipeline().sink() instanceof Sink.Kafka) {
                features.add(Feature.EXACTLY_ONCE_KAFKA_SINK);
            }
            if (job.pipeline().sink() instanceof Sink.Files) {
                features.add(Feature.EXACTLY_ONCE_FILES_SINK);
            }
            if (job.broker() instanceof BrokerConnection.RabbitMq rabbit && !rabbit.queueType().isReplayable()) {
                features.add(Feature.EXACTLY_ONCE_FROM_CONSUMED_QUEUE);
            }
        }
        Optional<Feature> emission = emissionFeature(job);
        emission.ifPresent(features::add);
        if (emission.equals(Optional.of(Feature.EMIT_EVERY_TRIGGER)) && job.pipeline().windowAggregation()
                .map(aggregation -> aggregation.window() instanceof Window.Session).orElse(false)) {
            features.add(Feature.SESSION_WINDOWS_EVERY_TRIGGER);
        }
        return features.stream().distinct().map(feature -> new Capability(mode, feature)).toList();
    }

    /**
     * What no engine can do, whatever its capabilities: start on a classic or quorum queue anywhere but at what is
     * queued, since reading such a queue consumes it.
     */
    public static Optional<EngineCapabilities.Refusal> unreplayableStart(JobSpec job) {
        StartPosition.Kind start = job.pipeline().source().startAt().kind();
        if (start == StartPosition.Kind.EARLIEST || !(job.broker() instanceof BrokerConnection.RabbitMq rabbit)
                || rabbit.queueType().isReplayable()) {
            return Optional.empty();
        }
        Feature feature = start == StartPosition.Kind.LATEST ? Feature.START_AT_LATEST : Feature.START_AT_TIMESTAMP;
        return Optional.of(new EngineCapabilities.Refusal(new Capability(job.settings().mode().kind(), feature),
                "a " + rabbit.queueType().wireName() + " queue is not replayable: a consumer gets what is in it"));
    }

    /** The features of a pipeline alone, whatever the broker and settings; for capability tables. */
    public static List<Feature> ofPipeline(Pipeline pipeline) {
        List<Feature> features = new ArrayList<>();
        pipeline.stages().forEach(stage -> features.addAll(stageFeatures(stage)));
        return features.stream().distinct().toList();
    }

    /** Only a streaming run of an event-time window asks for an emission; bounded runs write final results anyway. */
    private static Optional<Feature> emissionFeature(JobSpec job) {
        Emission emission = job.settings().emission();
        if (emission == null || job.settings().mode().isBounded() || !job.pipeline().hasEventTimeWindow()) {
            return Optional.empty();
        }
        return Optional.of(Feature.writing(emission));
    }

    private static Feature sourceFeature(BrokerConnection broker) {
        if (broker instanceof BrokerConnection.RabbitMq rabbit) {
            return switch (rabbit.queueType()) {
                case CLASSIC -> Feature.SOURCE_RABBITMQ_CLASSIC;
                case QUORUM -> Feature.SOURCE_RABBITMQ_QUORUM;
                case STREAM -> Feature.SOURCE_RABBITMQ_STREAM;
            };
        }
        return Feature.SOURCE_KAFKA;
    }

    private static List<Feature> stageFeatures(Stage stage) {
        if (stage instanceof Filter) {
            return List.of(Feature.FILTER);
        }
        if (stage instanceof Enrichment) {
            return List.of(Feature.ENRICHMENT);
        }
        if (stage instanceof WindowAggregation aggregation) {
            return List.of(windowFeature(aggregation.window()), aggregateFeature(aggregation.function()));
        }
        return List.of(Feature.STATELESS_PROJECTION);
    }

    private static Feature windowFeature(Window window) {
        if (window instanceof Window.Tumbling) {
            return Feature.TUMBLING_WINDOWS;
        }
        if (window instanceof Window.Sliding) {
            return Feature.SLIDING_WINDOWS;
        }
        return window instanceof Window.Session ? Feature.SESSION_WINDOWS : Feature.COUNT_WINDOWS;
    }

    private static Feature aggregateFeature(Aggregate aggregate) {
        return switch (aggregate.function()) {
            case COUNT -> Feature.COUNT_AGGREGATE;
            case SUM -> Feature.SUM_AGGREGATE;
            case DISTINCT_USERS -> Feature.DISTINCT_USERS_AGGREGATE;
        };
    }

    private static Feature sinkFeature(Sink sink) {
        if (sink instanceof Sink.Kafka) {
            return Feature.KAFKA_SINK;
        }
        if (sink instanceof Sink.Postgres) {
            return Feature.POSTGRES_SINK;
        }
        if (sink instanceof Sink.Iceberg) {
            return Feature.ICEBERG_SINK;
        }
        if (sink instanceof Sink.Files files) {
            return files.format() == Sink.FileFormat.PARQUET ? Feature.PARQUET_FILES_SINK : Feature.FILES_SINK;
        }
        return Feature.MEMORY_SINK;
    }
}
