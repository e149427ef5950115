package io.streambench.spark.stage;

import io.streambench.api.pipeline.Enrichment;
import io.streambench.api.pipeline.Filter;
import io.streambench.api.pipeline.Projection;
import io.streambench.api.pipeline.Stage;
import io.streambench.api.pipeline.WindowAggregation;
import io.streambench.api.run.JobSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;

/** One translator per stage type, looked up by type; a stage without one fails naming it. */
public final class StageTranslators {
    private static final Map<Class<? extends Stage>, StageTranslator<?>> BY_TYPE = Map.of(
            Filter.class, new FilterTranslator(),
            Enrichment.class, new EnrichmentTranslator(),
            WindowAggregation.class, new WindowAggregationTranslator(),
            Projection.class, new ProjectionTranslator());

    private StageTranslators() {
    }

    @SuppressWarnings("unchecked")
    public static Dataset<Row> translate(Stage stage, Dataset<Row> events, JobSpec job) {
        StageTranslator<Stage> translator = (StageTranslator<Stage>) BY_TYPE.get(stage.getClass());
        if (translator == null) {
            throw new IllegalArgumentException("spark: no translator for stage " + stage);
        }
        return translator.translate(stage, events, job);
    }
}
