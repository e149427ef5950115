package io.streambench.flink.stage;

import io.streambench.api.pipeline.Enrichment;
import io.streambench.api.pipeline.Filter;
import io.streambench.api.pipeline.Projection;
import io.streambench.api.pipeline.Stage;
import io.streambench.api.pipeline.WindowAggregation;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.Emission;
import io.streambench.api.run.JobSpec;
import io.streambench.flink.model.EnrichedEvent;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

import java.util.Map;

/** One translator per stage type, looked up by type; a stage without one fails naming it. */
public final class StageTranslators {
    /**
     * How event-time windows are written when a streaming run asks for no emission: with Flink's own trigger, which
     * fires when the watermark passes the window end and again on each late event within the allowed lateness.
     */
    public static final Emission DEFAULT_EMISSION = Emission.ON_WATERMARK;

    private static final Map<Class<? extends Stage>, TransformTranslator<?>> TRANSFORMS = Map.of(
            Filter.class, new FilterTranslator(),
            Enrichment.class, new EnrichmentTranslator());
    private static final Map<Class<? extends Stage>, OutputTranslator<?>> OUTPUTS = Map.of(
            WindowAggregation.class, new WindowAggregationTranslator(),
            Projection.class, new ProjectionTranslator());

    private StageTranslators() {
    }

    @SuppressWarnings("unchecked")
    public static SingleOutputStreamOperator<EnrichedEvent> transform(Stage stage, DataStream<EnrichedEvent> input, JobSpec job) {
        TransformTranslator<Stage> translator = (TransformTranslator<Stage>) TRANSFORMS.get(stage.getClass());
        if (translator == null) {
            throw new IllegalArgumentException("flink: no translator for stage " + stage.getClass().getSimpleName());
        }
        return translator.translate(stage, input, job);
    }

    @SuppressWarnings("unchecked")
    public static SingleOutputStreamOperator<WindowResult> output(Stage stage, DataStream<EnrichedEvent> input, JobSpec job) {
        OutputTranslator<Stage> translator = (OutputTranslator<Stage>) OUTPUTS.get(stage.getClass());
        if (translator == null) {
            throw new IllegalArgumentException("flink: no translator for output stage " + stage.getClass().getSimpleName());
        }
        return translator.translate(stage, input, job);
    }
}
