package io.streambench.kafkastreams.stage;

import io.streambench.api.pipeline.Enrichment;
import io.streambench.api.pipeline.Filter;
import io.streambench.api.pipeline.Projection;
import io.streambench.api.pipeline.Stage;
import io.streambench.api.pipeline.WindowAggregation;
import io.streambench.api.result.WindowResult;
import io.streambench.kafkastreams.model.KeyedEvent;
import org.apache.kafka.streams.kstream.KStream;

import java.util.List;
import java.util.Map;

/** One translator per stage type, looked up by type; a stage without one fails naming it. */
public final class StageTranslators {
    private static final Map<Class<? extends Stage>, TransformTranslator<?>> TRANSFORMS = Map.of(
            Filter.class, new FilterTranslator(),
            Enrichment.class, new EnrichmentTranslator());
    private static final Map<Class<? extends Stage>, OutputTranslator<?>> OUTPUTS = Map.of(
            WindowAggregation.class, new WindowAggregationTranslator(),
            Projection.class, new ProjectionTranslator());

    private StageTranslators() {
    }

    /** The pipeline's stages over the decoded events; processors and stores are named {@code stage-<n>...}. */
    public static KStream<String, WindowResult> translate(Translation translation,
                                                         KStream<byte[], KeyedEvent> events) {
        List<Stage> stages = translation.job().pipeline().stages();
        KStream<byte[], KeyedEvent> current = events;
        for (int i = 0; i < stages.size() - 1; i++) {
            current = transform(stages.get(i), current, "stage-" + i);
        }
        int last = stages.size() - 1;
        return output(stages.get(last), current, "stage-" + last, translation);
    }

    @SuppressWarnings("unchecked")
    private static <S extends Stage> KStream<byte[], KeyedEvent> transform(S stage, KStream<byte[], KeyedEvent> events,
                                                                          String name) {
        TransformTranslator<S> translator = (TransformTranslator<S>) TRANSFORMS.get(stage.getClass());
        if (translator == null) {
            throw new IllegalArgumentException("kafka-streams: no translator for stage " + stage);
        }
        return translator.translate(stage, events, name);
    }

    @SuppressWarnings("unchecked")
    private static <S extends Stage> KStream<String, WindowResult> output(S stage, KStream<byte[], KeyedEvent> events,
                                                                         String name, Translation translation) {
        OutputTranslator<S> translator = (OutputTranslator<S>) OUTPUTS.get(stage.getClass());
        if (translator == null) {
            throw new IllegalArgumentException("kafka-streams: no output translator for stage " + stage);
        }
        return translator.translate(stage, events, name, translation);
    }
}
